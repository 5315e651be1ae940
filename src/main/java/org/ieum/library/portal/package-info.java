/** The library for members and the public: the catalogue of a center's portal with Korean search and availability per copy, holds, a member's own loans and holds on My page, and the JSON API. */
package org.ieum.library.portal;
