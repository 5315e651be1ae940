/** The demo network's showcase: a category tree and the demo organizations' products described and some featured. */
package org.ieum.market.demo;
