package fi.silta.web;

import jakarta.enterprise.context.RequestScoped;

import fi.silta.common.Language;
import fi.silta.common.web.Chrome;
import fi.silta.common.web.PageContext;
import fi.silta.common.web.PageMessages;
import fi.silta.security.CurrentUser;

/** What every staff page needs: the page context and the signed-in user, with the staff bundles. */
@RequestScoped
class StaffContext {

    private final PageContext page;
    private final CurrentUser user;

    StaffContext(PageContext page, CurrentUser user) {
        this.page = page;
        this.user = user;
    }

    Language language() {
        return page.language();
    }

    PageMessages msg() {
        return page.messages(PageMessages.class);
    }

    StaffMessages staff() {
        return page.messages(StaffMessages.class);
    }

    AdminMessages admin() {
        return page.messages(AdminMessages.class);
    }

    SignUpMessages signUp() {
        return page.messages(SignUpMessages.class);
    }

    CurrentUser user() {
        return user;
    }

    Chrome chrome(String title) {
        return page.staffChrome(title);
    }
}
