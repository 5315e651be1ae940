/** The core of consulting every feature uses: requests, sessions, experts and agreements with their repositories, who may see a case, its files and mails, and what pages show. */
package org.ieum.consulting.cases;
