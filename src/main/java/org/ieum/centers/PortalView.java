package org.ieum.centers;

/** What the layout shows of the center whose portal is open: header name, footer address, phone and hours. */
record PortalView(long id, String slug, String name, String address, String phone, String hours, boolean demo) {
}
