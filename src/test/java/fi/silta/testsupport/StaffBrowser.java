package fi.silta.testsupport;

import static io.restassured.RestAssured.given;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A browser for the staff pages: signs a demo user in through the local identity provider's real
 * authorization-code flow (sign-in page, code, session cookie), then keeps the cookies, as a browser would.
 */
public final class StaffBrowser {

    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String formToken;

    private StaffBrowser() {
    }

    /** A browser without a session: staff pages send it to sign in. */
    public static StaffBrowser anonymous() {
        return new StaffBrowser();
    }

    public static StaffBrowser signIn(String username) {
        StaffBrowser browser = new StaffBrowser();
        Response start = browser.request().get("/staff");
        if (start.statusCode() != 302) {
            throw new IllegalStateException("Expected a redirect to sign in, got " + start.statusCode());
        }
        browser.keep(start);
        String authorize = start.header("Location");
        Response loginPage = given().redirects().follow(false).get(authorize);
        Document page = Jsoup.parse(loginPage.asString(), authorize);
        Element form = page.selectFirst("form.predefined-form");
        if (form == null) {
            throw new IllegalStateException("No sign-in form at " + authorize + ": " + loginPage.asString());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[type=hidden]")) {
            fields.put(input.attr("name"), input.attr("value"));
        }
        // A predefined user's button sends its name; the server then gives it the configured roles.
        fields.put("predefined", username);
        URI server = URI.create(authorize).resolve("/");
        Response login = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParams(fields).post(server.resolve(form.attr("action")).toString());
        String callback = login.header("Location");
        if (login.statusCode() != 302 || callback == null) {
            throw new IllegalStateException("Sign-in refused: " + login.statusCode() + " " + login.asString());
        }
        Response back = browser.request().get(callback);
        browser.keep(back);
        if (back.statusCode() != 302) {
            throw new IllegalStateException("Code exchange failed: " + back.statusCode() + " " + back.asString());
        }
        return browser;
    }

    /** A request carrying this browser's cookies, not following redirects. */
    public RequestSpecification request() {
        return given().redirects().follow(false).cookies(cookies)
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
    }

    public Response get(String path) {
        Response response = request().get(path);
        keep(response);
        return response;
    }

    /**
     * The anti-forgery token of the last page with a form, as a browser sends it back (the cookie holds only
     * its signature); the public sign-up form gives one when no page with a form has been opened yet.
     */
    public String formToken() {
        if (formToken == null) {
            get("/organisations/join");
        }
        return formToken;
    }

    /** Reads the page's form (by CSS selector), sets the given fields and posts it, as a browser would. */
    public Response submit(String path, String formSelector, Map<String, ?> changes) {
        Document page = Jsoup.parse(get(path).asString(), "http://localhost" + path);
        Element form = page.selectFirst(formSelector);
        if (form == null) {
            throw new IllegalStateException("No form " + formSelector + " on " + path);
        }
        // A browser sends a form's action without its #fragment, which only says where to scroll on the answer.
        return post(form.attr("action").replaceFirst("#.*", ""), FormValues.of(form, changes));
    }

    public Response post(String path, Map<String, ?> form) {
        Response response = request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(form).post(path);
        keep(response);
        return response;
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    private void keep(Response response) {
        String type = response.contentType();
        if (type != null && type.startsWith("text/html")) {
            Element field = Jsoup.parse(response.asString()).selectFirst("input[name=csrf-token]");
            if (field != null) {
                formToken = field.attr("value");
            }
        }
        response.getDetailedCookies().asList().forEach(cookie -> {
            if (cookie.getMaxAge() == 0 || cookie.getValue() == null || cookie.getValue().isEmpty()) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie.getValue());
            }
        });
    }
}
