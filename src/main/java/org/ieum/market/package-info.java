/**
 * Sales support (판로지원): the product showcase of every portal and of the whole network, with a
 * category tree staff manage, Korean search with facets and products staff feature on the home page; buyers'
 * purchase and quote inquiries that the selling organizations answer on My page; and public
 * procurement (공공구매): the public buyers a center registers with yearly targets, purchase records the sellers'
 * managers confirm, and the figures against the targets (dashboard, XLSX for the city, open data).
 * Other modules read it through {@link org.ieum.market.MarketApi}.
 * <p>
 * The root package is the module's API (the facade and the price ranges). Inside, the core {@code catalog}
 * (categories, listings and their refresh from the enterprises module's products), and the features
 * {@code showcase} (public pages, search and the JSON API), {@code administration} (the staff back office),
 * {@code inquiries} (the inquiry form and API, the buyer's private link, answers on My page, the staff list, retention),
 * {@code procurement} (buyers, targets, purchase records typed or imported from a buyer's table, their figures, My page confirmation and open data),
 * {@code fairs} (markets and fairs: events in a center room booked through {@link org.ieum.shared.rooms.RoomReservations}
 * or an outside place, booth applications, booth numbers given once, booth sales and their totals),
 * {@code collaboration} (collaboration projects of a lead and partner organizations: budget, milestones with the
 * overdue ones on the dashboard, shared documents, sales per month or quarter, My page), {@code needs}
 * (buyer needs: what a registered buyer looks for, the matching organizations told once each, their offers from My
 * page and the buyer's decisions) and {@code demo}.
 * <p>
 * Listens to {@link org.ieum.enterprises.ProductsChanged} (the showcase follows an organization's products) and to
 * {@link org.ieum.programs.AwardeeSelected} (an awardee of a collaboration call becomes a draft project); sends
 * notifications through {@link org.ieum.shared.Notifier} ({@code MARKET_INQUIRY_*}, {@code MARKET_NEED_*}); contributes
 * figures to the statistics module through {@link org.ieum.shared.figures.FigureProvider} ({@code market-procurement*},
 * {@code market-fairs} and {@code market-collaboration*} tables); depends on {@code shared}, {@code identity},
 * {@code centers}, {@code enterprises} (products and organizations through
 * {@link org.ieum.enterprises.EnterprisesApi} only) and {@code programs} (its awardee event only).
 */
@ApplicationModule(displayName = "Market", allowedDependencies = { "shared", "shared :: *", "identity", "centers", "enterprises", "programs" })
package org.ieum.market;

import org.springframework.modulith.ApplicationModule;
