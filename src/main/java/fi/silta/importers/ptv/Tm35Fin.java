package fi.silta.importers.ptv;

/**
 * PTV gives coordinates in ETRS-TM35FIN (EPSG:3067: northing as "latitude", easting as "longitude", in
 * metres), the national grid the National Land Survey geocodes addresses in. Silta keeps WGS84 degrees. The
 * inverse transverse Mercator projection on the GRS80 ellipsoid (central meridian 27° E, scale 0.9996, false
 * easting 500 000 m), by Krüger's series as the JHS 197 recommendation gives them; PtvReadingTest holds it to
 * a metre against points projected independently.
 */
final class Tm35Fin {

    private static final double A = 6378137.0;
    private static final double F = 1 / 298.257222101;
    private static final double K0 = 0.9996;
    private static final double E0 = 500000.0;
    private static final double LAMBDA0 = Math.toRadians(27.0);

    private Tm35Fin() {
    }

    /** @return latitude and longitude in degrees */
    static double[] toWgs84(double northing, double easting) {
        double n = F / (2 - F);
        double a1 = A / (1 + n) * (1 + n * n / 4 + n * n * n * n / 64);
        double e2 = F * (2 - F);
        double e = Math.sqrt(e2);
        double h1 = n / 2 - 2.0 / 3 * n * n + 37.0 / 96 * n * n * n - 1.0 / 360 * n * n * n * n;
        double h2 = 1.0 / 48 * n * n + 1.0 / 15 * n * n * n - 437.0 / 1440 * n * n * n * n;
        double h3 = 17.0 / 480 * n * n * n - 37.0 / 840 * n * n * n * n;
        double h4 = 4397.0 / 161280 * n * n * n * n;
        double xi = northing / (a1 * K0);
        double eta = (easting - E0) / (a1 * K0);
        double xi1 = h1 * Math.sin(2 * xi) * Math.cosh(2 * eta);
        double xi2 = h2 * Math.sin(4 * xi) * Math.cosh(4 * eta);
        double xi3 = h3 * Math.sin(6 * xi) * Math.cosh(6 * eta);
        double xi4 = h4 * Math.sin(8 * xi) * Math.cosh(8 * eta);
        double eta1 = h1 * Math.cos(2 * xi) * Math.sinh(2 * eta);
        double eta2 = h2 * Math.cos(4 * xi) * Math.sinh(4 * eta);
        double eta3 = h3 * Math.cos(6 * xi) * Math.sinh(6 * eta);
        double eta4 = h4 * Math.cos(8 * xi) * Math.sinh(8 * eta);
        double xiPrime = xi - (xi1 + xi2 + xi3 + xi4);
        double etaPrime = eta - (eta1 + eta2 + eta3 + eta4);
        double beta = Math.asin(Math.sin(xiPrime) / Math.cosh(etaPrime));
        double l = Math.asin(Math.tanh(etaPrime) / Math.cos(beta));
        double q = asinh(Math.tan(beta));
        double qPrime = q + e * atanh(e * Math.tanh(q));
        for (int i = 0; i < 4; i++) {
            qPrime = q + e * atanh(e * Math.tanh(qPrime));
        }
        double latitude = Math.atan(Math.sinh(qPrime));
        double longitude = LAMBDA0 + l;
        return new double[] { Math.toDegrees(latitude), Math.toDegrees(longitude) };
    }

    private static double asinh(double x) {
        return Math.log(x + Math.sqrt(x * x + 1));
    }

    private static double atanh(double x) {
        return 0.5 * Math.log((1 + x) / (1 - x));
    }
}
