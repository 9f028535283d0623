package dev.codedrill.cli;

import dev.codedrill.lang.support.LanguageSupport;
import dev.codedrill.lang.LanguageSupports;
import java.util.Iterator;

/** The ids of the languages CodeDrill supports, for the help of options that take one ({@code --lang}). */
final class LanguageIds implements Iterable<String> {

    @Override
    public Iterator<String> iterator() {
        return LanguageSupports.all().stream().map(LanguageSupport::id).iterator();
    }
}
