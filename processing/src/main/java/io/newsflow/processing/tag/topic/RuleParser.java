package io.newsflow.processing.tag.topic;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses topic expressions:
 * <pre>
 * expr    := and ("or" and)*
 * and     := unary ("and" unary)*
 * unary   := "not" unary | "any of" list | "all of" list | "category" word | "(" expr ")" | term
 * list    := "[" term ("," term)* "]"
 * term    := "quoted phrase" | words up to a comma, bracket or keyword
 * </pre>
 * Hand-written recursive descent: the grammar is tiny and errors must name the position.
 */
final class RuleParser {
    private final String source;
    private int pos;

    private RuleParser(String source) {
        this.source = source;
    }

    static Rule parse(String expression) {
        RuleParser parser = new RuleParser(expression);
        Rule rule = parser.or();
        parser.skipSpaces();
        if (parser.pos < expression.length()) {
            throw parser.error("unexpected '" + expression.substring(parser.pos) + "'");
        }
        return rule;
    }

    private Rule or() {
        List<Rule> rules = new ArrayList<>(List.of(and()));
        while (keyword("or")) {
            rules.add(and());
        }
        return rules.size() == 1 ? rules.get(0) : new Rule.Any(rules);
    }

    private Rule and() {
        List<Rule> rules = new ArrayList<>(List.of(unary()));
        while (keyword("and")) {
            rules.add(unary());
        }
        return rules.size() == 1 ? rules.get(0) : new Rule.All(rules);
    }

    private Rule unary() {
        if (keyword("not")) {
            return new Rule.Not(unary());
        }
        if (keyword("any of")) {
            return new Rule.Any(list());
        }
        if (keyword("all of")) {
            return new Rule.All(list());
        }
        if (keyword("category")) {
            return new Rule.Category(term().value());
        }
        if (symbol('(')) {
            Rule inner = or();
            expect(')');
            return inner;
        }
        return term();
    }

    private List<Rule> list() {
        expect('[');
        List<Rule> terms = new ArrayList<>(List.of(term()));
        while (symbol(',')) {
            terms.add(term());
        }
        expect(']');
        return terms;
    }

    private Rule.Term term() {
        skipSpaces();
        if (symbol('"')) {
            int end = source.indexOf('"', pos);
            if (end < 0) {
                throw error("unclosed quote");
            }
            String value = source.substring(pos, end);
            pos = end + 1;
            return new Rule.Term(value);
        }
        int start = pos;
        while (pos < source.length() && ",[]()\"".indexOf(source.charAt(pos)) < 0 && !atKeyword()) {
            pos++;
        }
        String value = source.substring(start, pos).strip();
        if (value.isEmpty()) {
            throw error("expected a name or phrase");
        }
        return new Rule.Term(value);
    }

    private boolean atKeyword() {
        return (pos == 0 || source.charAt(pos - 1) == ' ')
                && (startsWithWord("and") || startsWithWord("or"));
    }

    private boolean keyword(String word) {
        skipSpaces();
        if (startsWithWord(word)) {
            pos += word.length();
            return true;
        }
        return false;
    }

    private boolean startsWithWord(String word) {
        int end = pos + word.length();
        return source.regionMatches(true, pos, word, 0, word.length())
                && (end == source.length() || !Character.isLetterOrDigit(source.charAt(end)));
    }

    private boolean symbol(char c) {
        skipSpaces();
        if (pos < source.length() && source.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!symbol(c)) {
            throw error("expected '" + c + "'");
        }
    }

    private void skipSpaces() {
        while (pos < source.length() && Character.isWhitespace(source.charAt(pos))) {
            pos++;
        }
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException(what + " at position " + pos + " of \"" + source + "\"");
    }
}
