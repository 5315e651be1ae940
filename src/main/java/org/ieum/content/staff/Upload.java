package org.ieum.content.staff;

/** A file as the browser sent it: the name it had and its bytes. */
public record Upload(String name, byte[] bytes) {
}
