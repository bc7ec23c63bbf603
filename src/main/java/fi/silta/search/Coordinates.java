package fi.silta.search;

/** A point on the map in WGS84 degrees, checked to be one. */
public record Coordinates(double latitude, double longitude) {

    public Coordinates {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("Not a point on Earth: " + latitude + "," + longitude);
        }
    }
}
