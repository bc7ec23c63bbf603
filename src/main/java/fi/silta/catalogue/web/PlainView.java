package fi.silta.catalogue.web;

/**
 * The page's plain-language (selkokieli, lättläst) switch: whether it is on, the easy-read title and summary to
 * show in place of the ordinary ones (null where the publisher wrote none, so the ordinary text stays), the
 * language they are written in, and the plain link that turns the switch the other way.
 */
record PlainView(boolean on, String title, String summary, String lang, String switchHref, boolean offered) {
}
