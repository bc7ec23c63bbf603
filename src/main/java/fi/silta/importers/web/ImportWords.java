package fi.silta.importers.web;

import java.util.Locale;

/**
 * What went wrong in an import, in the admin's language. The importers describe each refused record and each
 * failed run in an English sentence for logs and the API, written in many places; the page names the kind of
 * problem from that sentence's opening words, and keeps the sentence itself, marked as English, behind a
 * disclosure for whoever fixes the feed.
 */
final class ImportWords {

    /** The kinds of problem a refused record has. */
    enum RecordProblem {
        NO_PLACE,
        DATES,
        NO_TITLE,
        NO_ID,
        DUPLICATE_ID,
        PRIVATE,
        NOT_SAVED,
        UNREADABLE,
        OTHER
    }

    /** The kinds of problem a failed run has. */
    enum RunProblem {
        NOT_THE_FORMAT,
        UNREACHABLE,
        TOO_SLOW,
        REFUSED_ADDRESS,
        SHUT_DOWN,
        EMPTY,
        TOO_MUCH_GONE,
        OTHER
    }

    private ImportWords() {
    }

    static RecordProblem record(String reason) {
        String text = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
        if (text.startsWith("row ")) {
            text = text.replaceFirst("^row [0-9]+ ", "");
        }
        if (text.startsWith("has no place")) {
            return RecordProblem.NO_PLACE;
        }
        if (text.contains("date") || text.contains("duration") || text.contains("dtstart") || text.contains("time")
                || text.contains("schedule") || text.startsWith("has no start") || text.contains("freq")) {
            return RecordProblem.DATES;
        }
        if (text.startsWith("has no title")) {
            return RecordProblem.NO_TITLE;
        }
        if (text.startsWith("has no id") || text.startsWith("has neither") || text.startsWith("has no contentid")) {
            return RecordProblem.NO_ID;
        }
        if (text.startsWith("has the same id")) {
            return RecordProblem.DUPLICATE_ID;
        }
        if (text.startsWith("is marked private")) {
            return RecordProblem.PRIVATE;
        }
        if (text.startsWith("could not be saved") || text.startsWith("could not be archived")) {
            return RecordProblem.NOT_SAVED;
        }
        if (text.startsWith("could not be read")) {
            return RecordProblem.UNREADABLE;
        }
        return RecordProblem.OTHER;
    }

    static RunProblem run(String message) {
        String text = message == null ? "" : message.toLowerCase(Locale.ROOT);
        if (text.startsWith("the feed lacks")) {
            return RunProblem.TOO_MUCH_GONE;
        }
        if (text.startsWith("not started") || text.startsWith("stopped: the application")) {
            return RunProblem.SHUT_DOWN;
        }
        if (text.startsWith("not ") || text.startsWith("the csv")) {
            return text.contains("empty") ? RunProblem.EMPTY : RunProblem.NOT_THE_FORMAT;
        }
        if (text.startsWith("cannot") || text.startsWith("no file") || text.startsWith("more than")
                || text.contains("http ")) {
            return RunProblem.UNREACHABLE;
        }
        if (text.startsWith("reading the feed took")) {
            return RunProblem.TOO_SLOW;
        }
        if (text.startsWith("refused")) {
            return RunProblem.REFUSED_ADDRESS;
        }
        return RunProblem.OTHER;
    }
}
