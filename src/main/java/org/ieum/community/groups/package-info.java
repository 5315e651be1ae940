/** Small groups (소모임): proposals and staff approval, members and join requests, the group's own board, meetings in the center's rooms, My page and the staff overview with room use. */
package org.ieum.community.groups;
