/**
 * Governance and accountability (거버넌스): a center's councils (협의회·운영위원회) with members and
 * their terms, meetings with a booked room or an outside place, agenda, papers, invitations,
 * attendance against the quorum, decisions per item, and minutes the secretary drafts and the
 * chair approves (locked once approved, changed only in a new version with a reason). Public
 * councils show their meetings, decisions and approved minutes on the center's portal; members'
 * terms ending within 60 days are a figure on the staff dashboard. The partner register keeps
 * partners, agreements (MOU) with their signed document, renewals and follow-up activities, mails
 * the center before an agreement ends, and lists the partners a center chooses on its portal.
 * The yearly performance report (연간 성과보고서) gathers every module's year figures for a center
 * and the centers below it, as a staff page, an XLSX workbook and a PDF; governance's own meetings
 * and agreements are among those figures. The social-value self-assessment (사회적 가치 자가진단):
 * staff set a center's weighted indicators per year, organization managers answer once a year with
 * evidence, staff return or accept; score and grade are shown on governance's pages by organization id.
 * <p>
 * Publishes no events; listens to none; depends on {@code shared} (rooms through
 * {@link org.ieum.shared.rooms.RoomReservations}, figures through
 * {@link org.ieum.shared.figures.FigureProvider}, which it both provides and reads for the report, mail, files), {@code identity}, {@code centers} and {@code enterprises} (organizations and their managers,
 * through {@link org.ieum.enterprises.EnterprisesApi}, for the self-assessment).
 */
@ApplicationModule(displayName = "Governance", allowedDependencies = { "shared", "shared :: *", "identity", "centers", "enterprises" })
package org.ieum.governance;

import org.springframework.modulith.ApplicationModule;
