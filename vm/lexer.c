/*
 * lexer.c - tokenizer for Python 3 source (see lexer.h).
 *
 * One token per lexer_next() call. The lexer is a plain scanner over a byte
 * buffer: indentation is measured at the start of each logical line and
 * compared with a stack of widths (tabs advance to the next multiple of 8);
 * brackets are tracked on a stack so newlines inside them are ignored and
 * mismatches are reported at the right place. Number literals are converted
 * here; string literals are delimited here and decoded on request by
 * lexer_decode_string(), because f-strings need the raw text.
 */
#include "lexer.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

const char *const lexer_token_text[TOK_COUNT] = {
#define LEXER_TEXT(name, text) text,
    LEXER_TOKENS(LEXER_TEXT)
#undef LEXER_TEXT
};

/* ---- error messages ------------------------------------------------------ */

typedef struct MsgBuf {
    char *s;
    size_t len;
} MsgBuf;

static void msg_put(MsgBuf *m, const char *s, size_t n)
{
    while (n-- && m->len + 1 < PARSE_MSG_MAX)
        m->s[m->len++] = *s++;
}

static void msg_int(MsgBuf *m, long long v)
{
    char tmp[24];
    int i = 0;
    unsigned long long u = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
    do {
        tmp[i++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        msg_put(m, "-", 1);
    while (i)
        msg_put(m, &tmp[--i], 1);
}

static void msg_hex(MsgBuf *m, unsigned v, int width)
{
    static const char digits[] = "0123456789abcdef";
    char tmp[8];
    int i = 0;
    do {
        tmp[i++] = digits[v & 15];
        v >>= 4;
    } while (v || i < width);
    while (i)
        msg_put(m, &tmp[--i], 1);
}

/* %s %d %c %x (byte as 2 hex digits) %U (code point as U+XXXX) %.*s %% */
static void msg_vformat(char *out, const char *fmt, va_list ap)
{
    MsgBuf m = {out, 0};
    for (; *fmt; fmt++) {
        if (*fmt != '%') {
            msg_put(&m, fmt, 1);
            continue;
        }
        fmt++;
        if (*fmt == 's') {
            const char *s = va_arg(ap, const char *);
            msg_put(&m, s, strlen(s));
        } else if (*fmt == 'd') {
            msg_int(&m, va_arg(ap, int));
        } else if (*fmt == 'c') {
            char c = (char)va_arg(ap, int);
            msg_put(&m, &c, 1);
        } else if (*fmt == 'x') {
            msg_hex(&m, va_arg(ap, unsigned), 2);
        } else if (*fmt == 'U') {
            unsigned cp = va_arg(ap, unsigned);
            msg_put(&m, "U+", 2);
            size_t from = m.len;
            msg_hex(&m, cp, 4);
            for (char *q = m.s + from; q < m.s + m.len; q++)
                if (*q >= 'a' && *q <= 'f')
                    *q = (char)(*q - 'a' + 'A');
        } else if (fmt[0] == '.' && fmt[1] == '*' && fmt[2] == 's') {
            int n = va_arg(ap, int);
            const char *s = va_arg(ap, const char *);
            msg_put(&m, s, n > 0 ? (size_t)n : 0);
            fmt += 2;
        } else {
            msg_put(&m, "%", 1);
            if (!*fmt)
                break;
        }
    }
    out[m.len] = '\0';
}

bool lexer_verror(ParseError *err, ParseErrorKind kind, int line, int col,
                  const char *fmt, va_list ap)
{
    if (err->kind != PARSE_OK)
        return false;
    msg_vformat(err->msg, fmt, ap);
    err->kind = kind;
    err->line = line;
    err->col = col;
    return false;
}

bool lexer_error(ParseError *err, ParseErrorKind kind, int line, int col,
                 const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    lexer_verror(err, kind, line, col, fmt, ap);
    va_end(ap);
    return false;
}

/* An error at end of input, where the REPL wants to read more lines
 * instead. fmt takes at most one int (%d or %c). */
static bool error_at_eof(Lexer *lx, int line, int col, const char *fmt, int n)
{
    ParseErrorKind kind = lx->interactive ? PARSE_INCOMPLETE : PARSE_SYNTAX_ERROR;
    return lexer_error(lx->err, kind, line, col, fmt, n);
}

/* ---- positions and characters -------------------------------------------- */

static int utf8_chars(const char *s, const char *e)
{
    int n = 0;
    for (; s < e; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

int lexer_col(Lexer *lx, const char *p)
{
    int base = lx->line == lx->first_line ? lx->first_line_col : 1;
    if (lx->col_at < lx->line_start || lx->col_at > p) {
        lx->col_at = lx->line_start;
        lx->col_chars = 0;
    }
    lx->col_chars += utf8_chars(lx->col_at, p);
    lx->col_at = p;
    return base + lx->col_chars;
}

/* Length of a valid UTF-8 sequence at s (at most e - s bytes), 0 if invalid. */
static int utf8_len(const unsigned char *s, const unsigned char *e, uint32_t *cp)
{
    unsigned c = s[0];
    int n;
    uint32_t v, min;
    if (c < 0x80) {
        *cp = c;
        return 1;
    } else if (c >= 0xC2 && c <= 0xDF) {
        n = 2, v = c & 0x1F, min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3, v = c & 0x0F, min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4, v = c & 0x07, min = 0x10000;
    } else {
        return 0;
    }
    if (e - s < n)
        return 0;
    for (int i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        v = (v << 6) | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        return 0;
    *cp = v;
    return n;
}

/* Without Unicode tables we accept every non-ASCII code point as a letter,
 * except the blocks that hold only spaces, punctuation and symbols, so that
 * the usual stray characters (no-break space, curly quotes, currency signs,
 * arrows) are still reported as invalid characters. */
static bool is_id_unicode(uint32_t c)
{
    if (c < 0xC0)
        return c == 0xAA || c == 0xB5 || c == 0xBA;
    if (c == 0xD7 || c == 0xF7)
        return false;
    if ((c >= 0x2000 && c <= 0x206F) || (c >= 0x20A0 && c <= 0x20CF) ||
        (c >= 0x2190 && c <= 0x2BFF) || (c >= 0x3000 && c <= 0x3003) ||
        (c >= 0xE000 && c <= 0xF8FF) || (c >= 0xFE00 && c <= 0xFE0F) ||
        c == 0xFEFF || (c >= 0xFFF0 && c <= 0xFFFF) || (c >= 0x1F000 && c <= 0x1FAFF) ||
        c >= 0xF0000)
        return false;
    return true;
}

static bool is_id_ascii(unsigned char c, bool first)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
           (!first && c >= '0' && c <= '9');
}

/* Byte length of the identifier character at p, or 0 if p does not start one. */
static int id_char(const Lexer *lx, const char *p, bool first)
{
    unsigned char c = (unsigned char)*p;
    if (c < 0x80)
        return is_id_ascii(c, first);
    uint32_t cp;
    int n = utf8_len((const unsigned char *)p, (const unsigned char *)lx->end, &cp);
    return n && is_id_unicode(cp) ? n : 0;
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static void new_line(Lexer *lx, const char *start)
{
    lx->line++;
    lx->line_start = lx->col_at = start;
    lx->col_chars = 0;
}

/* Past a newline (\n, \r\n or \r) at p. */
static const char *skip_newline(const Lexer *lx, const char *p)
{
    if (*p == '\r' && p + 1 < lx->end && p[1] == '\n')
        return p + 2;
    return p + 1;
}

/* ---- init ----------------------------------------------------------------- */

/* The whole source must be valid UTF-8 without NUL bytes, as in CPython,
 * which decodes a file before tokenizing it. */
static void check_source(Lexer *lx)
{
    const unsigned char *s = (const unsigned char *)lx->p;
    const unsigned char *e = (const unsigned char *)lx->end;
    int line = 1;
    const unsigned char *ls = s;
    while (s < e) {
        uint32_t cp;
        if (*s == 0) {
            lexer_error(lx->err, PARSE_SYNTAX_ERROR, line, 0,
                        "source code cannot contain null bytes");
            return;
        }
        if (*s < 0x80) {
            if (*s == '\n' || (*s == '\r' && (s + 1 >= e || s[1] != '\n'))) {
                line++;
                ls = s + 1;
            }
            s++;
            continue;
        }
        int n = utf8_len(s, e, &cp);
        if (!n) {
            lexer_error(lx->err, PARSE_SYNTAX_ERROR, line,
                        utf8_chars((const char *)ls, (const char *)s) + 1,
                        "invalid UTF-8 byte 0x%x in source", (unsigned)*s);
            return;
        }
        s += n;
    }
}

void lexer_init(Lexer *lx, Arena *a, const char *src, size_t len,
                ParseError *err, bool interactive)
{
    /* everything but the bracket stack, which is written before it is read */
    memset(lx, 0, offsetof(Lexer, parens));
    lx->arena = a;
    lx->err = err;
    lx->src = lx->p = src;
    lx->end = src + len;
    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0)
        lx->p += 3;
    lx->line_start = lx->col_at = lx->p;
    lx->line = lx->first_line = 1;
    lx->first_line_col = 1;
    lx->interactive = interactive;
    lx->at_line_start = true;
    check_source(lx);
}

void lexer_init_sub(Lexer *lx, Arena *a, const char *src, size_t len,
                    ParseError *err, int line, int col)
{
    lexer_init(lx, a, src, len, err, false);
    lx->line = lx->first_line = line;
    lx->first_line_col = col;
    lx->sub = true;
    lx->at_line_start = false;
}

/* ---- token production ------------------------------------------------------ */

static bool make(Lexer *lx, Token *t, TokType type, const char *start, const char *end)
{
    t->type = (uint8_t)type;
    t->str_flags = 0;
    t->line = lx->line;
    t->col = lexer_col(lx, start);
    t->start = start;
    t->len = (uint32_t)(end - start);
    lx->p = end;
    return true;
}

static bool syntax_error(Lexer *lx, const char *p, const char *msg)
{
    return lexer_error(lx->err, PARSE_SYNTAX_ERROR, lx->line, lexer_col(lx, p), "%s", msg);
}

/* Like CPython, indentation must compare the same whether a tab counts as
 * up to 8 columns or as 1; otherwise the meaning depends on the editor. */
static int tab_error(Lexer *lx, const char *q)
{
    lexer_error(lx->err, PARSE_INDENTATION_ERROR, lx->line, lexer_col(lx, q),
                "inconsistent use of tabs and spaces in indentation");
    return -1;
}

/* Indentation of a new logical line: INDENT, DEDENT(s) or nothing.
 * Returns 1 when *t holds a token, 0 to go on lexing, -1 on error. */
static int indentation(Lexer *lx, Token *t)
{
    for (;;) {
        int width = 0, alt = 0, cont_width = 0, cont_alt = 0, cont_line = 0, cont_col = 0;
        const char *q = lx->p;
        for (; q < lx->end; q++) {
            if (*q == ' ') {
                width++;
                alt++;
            } else if (*q == '\t') {
                width = (width / 8 + 1) * 8;
                alt++;
            } else if (*q == '\f') {
                width = alt = 0;
            } else if (*q == '\\' && q + 1 < lx->end && (q[1] == '\n' || q[1] == '\r')) {
                /* Indentation cannot be split over lines with backslashes:
                 * as in CPython, the first backslash's column counts, unless
                 * it is 0, then the column reached after the joined lines. */
                if (!cont_width) {
                    cont_width = width;
                    cont_alt = alt;
                }
                cont_line = lx->line;
                cont_col = lexer_col(lx, q) + 1;
                const char *next = skip_newline(lx, q + 1);
                new_line(lx, next);
                q = next - 1;
            } else {
                break;
            }
        }
        if (cont_width) {
            width = cont_width;
            alt = cont_alt;
        }
        lx->p = q;
        if (q >= lx->end && cont_line) {
            error_at_eof(lx, cont_line, cont_col, "unexpected EOF while parsing", 0);
            return -1;
        }
        if (q >= lx->end)
            return 0;   /* end of input: the EOF code emits the dedents */
        if (*q == '#' || *q == '\n' || *q == '\r') {   /* blank line */
            while (q < lx->end && *q != '\n' && *q != '\r')
                q++;
            lx->p = q;
            if (q >= lx->end)
                return 0;
            new_line(lx, skip_newline(lx, q));
            lx->p = lx->line_start;
            continue;
        }
        lx->at_line_start = false;
        int top = lx->indents[lx->indent_top];
        if (width > top) {
            if (lx->indent_top >= LEXER_MAX_INDENT) {
                lexer_error(lx->err, PARSE_INDENTATION_ERROR, lx->line, lexer_col(lx, q),
                            "too many levels of indentation");
                return -1;
            }
            if (alt <= lx->alt_indents[lx->indent_top])
                return tab_error(lx, q);
            lx->indents[++lx->indent_top] = width;
            lx->alt_indents[lx->indent_top] = alt;
            make(lx, t, TOK_INDENT, q, q);
            t->col--;   /* CPython reports "unexpected indent" at the last blank */
            return 1;
        }
        if (width == top)
            return alt == lx->alt_indents[lx->indent_top] ? 0 : tab_error(lx, q);
        int n = 0;
        while (lx->indent_top > 0 && width < lx->indents[lx->indent_top]) {
            lx->indent_top--;
            n++;
        }
        if (width != lx->indents[lx->indent_top]) {
            const char *eol = q;   /* CPython points past the end of the line */
            while (eol < lx->end && *eol != '\n' && *eol != '\r')
                eol++;
            lexer_error(lx->err, PARSE_INDENTATION_ERROR, lx->line, lexer_col(lx, eol),
                        "unindent does not match any outer indentation level");
            return -1;
        }
        if (alt != lx->alt_indents[lx->indent_top])
            return tab_error(lx, q);
        lx->pending_dedents = n - 1;
        make(lx, t, TOK_DEDENT, q, q);
        return 1;
    }
}

static bool at_eof(Lexer *lx, Token *t)
{
    const char *e = lx->end;
    if (lx->paren_top > 0) {
        LexerParen *pp = &lx->parens[lx->paren_top - 1];
        return error_at_eof(lx, pp->line, pp->col, "'%c' was never closed", pp->ch);
    }
    if (!lx->at_line_start && !lx->sub) {
        lx->at_line_start = true;
        return make(lx, t, TOK_NEWLINE, e, e);
    }
    if (lx->indent_top > 0) {
        lx->indent_top--;
        return make(lx, t, TOK_DEDENT, e, e);
    }
    return make(lx, t, TOK_EOF, e, e);
}

static const char *skip_digits(const char *p, const char *e, int base, const char **bad_us)
{
    for (;;) {
        const char *q = p;
        if (q < e && *q == '_')
            q++;
        if (q >= e)
            break;
        char c = *q;
        int d = is_digit(c) ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : 99;
        if (d >= base)
            break;
        p = q + 1;
    }
    if (p < e && *p == '_' && bad_us && !*bad_us)
        *bad_us = p;
    return p;
}

/* Keywords CPython 3.11 still accepts glued to a number ("1if x else 2"). */
static bool keyword_follows(const char *p, const char *e)
{
    static const char *const kws[] = {"and", "else", "for", "if", "in", "is", "not", "or"};
    for (size_t i = 0; i < sizeof kws / sizeof kws[0]; i++) {
        size_t n = strlen(kws[i]);
        if ((size_t)(e - p) >= n && memcmp(p, kws[i], n) == 0)
            return true;
    }
    return false;
}

/* Value of an integer literal's digits (underscores skipped). */
static bool int_value(Lexer *lx, Token *t, const char *s, const char *e, int base)
{
    uint64_t v = 0;
    bool big = false;
    for (const char *q = s; q < e; q++) {
        if (*q == '_')
            continue;
        unsigned d = is_digit(*q) ? (unsigned)(*q - '0') : (unsigned)((*q | 0x20) - 'a' + 10);
        if (v > ((uint64_t)INT64_MAX - d) / (unsigned)base) {
            big = true;
            break;
        }
        v = v * (unsigned)base + d;
    }
    t->ival.is_big = big;
    t->ival.base = (uint8_t)base;
    t->ival.value = big ? 0 : (int64_t)v;
    t->ival.digits.data = NULL;
    t->ival.digits.len = 0;
    if (!big)
        return true;
    char *d = arena_alloc(lx->arena, (size_t)(e - s) + 1);
    if (!d)
        return lexer_error(lx->err, PARSE_NO_MEMORY, t->line, t->col, "out of memory");
    uint32_t n = 0;
    for (const char *q = s; q < e; q++)
        if (*q != '_')
            d[n++] = (char)(*q >= 'A' && *q <= 'F' ? *q | 0x20 : *q);
    d[n] = '\0';
    t->ival.digits.data = d;
    t->ival.digits.len = n;
    return true;
}

static bool float_value(Lexer *lx, Token *t, const char *s, const char *e)
{
    char small[64];
    size_t n = (size_t)(e - s);
    char *buf = n < sizeof small ? small : arena_alloc(lx->arena, n + 1);
    if (!buf)
        return lexer_error(lx->err, PARSE_NO_MEMORY, t->line, t->col, "out of memory");
    size_t k = 0;
    for (const char *q = s; q < e; q++)
        if (*q != '_')
            buf[k++] = *q;
    buf[k] = '\0';
    t->fval = strtod(buf, NULL);
    return true;
}

/* 0x / 0o / 0b literal. */
static bool lex_radix_number(Lexer *lx, Token *t, const char *start)
{
    static const char *const names[] = {"binary", "octal", "hexadecimal"};
    char k = (char)(start[1] | 0x20);
    int base = k == 'x' ? 16 : k == 'o' ? 8 : 2;
    const char *name = names[base == 16 ? 2 : base == 8 ? 1 : 0];
    const char *e = lx->end, *bad_us = NULL;
    const char *digits = start + 2;
    const char *q = skip_digits(digits, e, base, &bad_us);
    const char *first = digits < e && *digits == '_' ? digits + 1 : digits;
    make(lx, t, TOK_INT, start, q);
    if (q < e && is_digit(*q))
        return lexer_error(lx->err, PARSE_SYNTAX_ERROR, lx->line, lexer_col(lx, q),
                           "invalid digit '%c' in %s literal", *q, name);
    if (q == digits || first == q || bad_us)
        return lexer_error(lx->err, PARSE_SYNTAX_ERROR, lx->line, lexer_col(lx, q) - 1,
                           "invalid %s literal", name);
    if (q < e && id_char(lx, q, false) && !keyword_follows(q, e))
        return lexer_error(lx->err, PARSE_SYNTAX_ERROR, lx->line, lexer_col(lx, q),
                           "invalid %s literal", name);
    return int_value(lx, t, first, q, base);
}

/* Decimal integer or float; p at a digit or at '.' followed by a digit. */
static bool lex_number(Lexer *lx, Token *t)
{
    const char *start = lx->p, *e = lx->end, *bad_us = NULL;
    if (start[0] == '0' && start + 1 < e &&
        ((start[1] | 0x20) == 'x' || (start[1] | 0x20) == 'o' || (start[1] | 0x20) == 'b'))
        return lex_radix_number(lx, t, start);
    const char *q = start;
    bool is_float = false;
    if (*q != '.')
        q = skip_digits(q + 1, e, 10, &bad_us);
    if (!bad_us && q < e && *q == '.') {
        is_float = true;
        q++;
        if (q < e && is_digit(*q))
            q = skip_digits(q + 1, e, 10, &bad_us);
    }
    if (!bad_us && q < e && (*q | 0x20) == 'e') {
        const char *x = q + 1;
        if (x < e && (*x == '+' || *x == '-'))
            x++;
        if (x < e && is_digit(*x)) {
            is_float = true;
            q = skip_digits(x + 1, e, 10, &bad_us);
        }
    }
    make(lx, t, is_float ? TOK_FLOAT : TOK_INT, start, q);
    if (bad_us)
        return lexer_error(lx->err, PARSE_SYNTAX_ERROR, lx->line, lexer_col(lx, bad_us),
                           "invalid decimal literal");
    if (q < e && (*q | 0x20) == 'j')
        return lexer_error(lx->err, PARSE_SYNTAX_ERROR, t->line, t->col,
                           "complex numbers not supported");
    if (q < e && id_char(lx, q, false) && !keyword_follows(q, e))
        return lexer_error(lx->err, PARSE_SYNTAX_ERROR, lx->line, t->col,
                           "invalid decimal literal");
    if (is_float)
        return float_value(lx, t, start, q);
    if (start[0] == '0') {
        for (const char *z = start; z < q; z++)
            if (*z != '0' && *z != '_')
                return lexer_error(lx->err, PARSE_SYNTAX_ERROR, t->line, t->col,
                                   "leading zeros in decimal integer literals are not "
                                   "permitted; use an 0o prefix for octal integers");
    }
    return int_value(lx, t, start, q, 10);
}

/* String literal; lx->p at the opening quote, `start` at the prefix. */
static bool lex_string(Lexer *lx, Token *t, const char *start, int flags)
{
    const char *e = lx->end, *q = lx->p;
    char quote = *q;
    int line = lx->line, col = lexer_col(lx, start);
    bool triple = e - q >= 3 && q[1] == quote && q[2] == quote;
    q += triple ? 3 : 1;
    const char *body = q;
    int body_col = lexer_col(lx, body);
    for (;;) {
        if (q >= e) {
            if (triple)
                return error_at_eof(lx, line, col,
                                    "unterminated triple-quoted string literal (detected at line %d)",
                                    lx->line);
            return lexer_error(lx->err, PARSE_SYNTAX_ERROR, line, col,
                               "unterminated string literal (detected at line %d)", lx->line);
        }
        char c = *q;
        if (c == '\\' && q + 1 < e) {
            q++;
            if (*q == '\n' || *q == '\r') {
                q = skip_newline(lx, q);
                new_line(lx, q);
            } else {
                q++;
            }
        } else if (c == '\n' || c == '\r') {
            if (!triple)
                return lexer_error(lx->err, PARSE_SYNTAX_ERROR, line, col,
                                   "unterminated string literal (detected at line %d)",
                                   lx->line);
            q = skip_newline(lx, q);
            new_line(lx, q);
        } else if (c == quote && (!triple || (e - q >= 3 && q[1] == quote && q[2] == quote))) {
            break;
        } else {
            q++;
        }
    }
    t->type = TOK_STRING;
    t->str_flags = (uint8_t)flags;
    t->line = line;
    t->col = col;
    t->start = start;
    t->body = body;
    t->body_len = (uint32_t)(q - body);
    t->body_line = line;
    t->body_col = body_col;
    q += triple ? 3 : 1;
    t->len = (uint32_t)(q - start);
    lx->p = q;
    return true;
}

/* Prefix letters before a quote: r, u, b, f and the pairs rb, br, rf, fr. */
static int string_prefix(const char *s, uint32_t n)
{
    int flags = 0;
    bool u = false;
    for (uint32_t i = 0; i < n; i++) {
        int f;
        switch (s[i] | 0x20) {
        case 'r': f = LEXER_STR_RAW; break;
        case 'b': f = LEXER_STR_BYTES; break;
        case 'f': f = LEXER_STR_F; break;
        case 'u': f = 0; u = true; break;
        default: return -1;
        }
        if (flags & f)
            return -1;
        flags |= f;
    }
    if ((u && n > 1) || (flags & LEXER_STR_BYTES && flags & LEXER_STR_F))
        return -1;
    return flags;
}

static TokType keyword(const char *s, uint32_t n)
{
    for (int k = TOK_FIRST_KEYWORD; k < TOK_COUNT; k++) {
        const char *kw = lexer_token_text[k];
        if (strlen(kw) == n && memcmp(kw, s, n) == 0)
            return (TokType)k;
    }
    return TOK_NAME;
}

static bool bad_character(Lexer *lx, const char *p)
{
    uint32_t cp;
    int n = utf8_len((const unsigned char *)p, (const unsigned char *)lx->end, &cp);
    int col = lexer_col(lx, p);
    if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) || cp == 0xA0 ||
        (cp >= 0x2000 && cp <= 0x200F) || cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF ||
        cp == 0x3000)
        return lexer_error(lx->err, PARSE_SYNTAX_ERROR, lx->line, col,
                           "invalid non-printable character %U", (unsigned)cp);
    if (cp < 0x80)
        return syntax_error(lx, p, "invalid syntax");
    return lexer_error(lx->err, PARSE_SYNTAX_ERROR, lx->line, col,
                       "invalid character '%.*s' (%U)", n, p, (unsigned)cp);
}

static bool lex_name(Lexer *lx, Token *t)
{
    const char *s = lx->p, *q = s;
    int n;
    while (q < lx->end && (n = id_char(lx, q, q == s)) > 0)
        q += n;
    if (q < lx->end && (*q == '"' || *q == '\'') && q - s <= 2) {
        int flags = string_prefix(s, (uint32_t)(q - s));
        if (flags >= 0) {
            lx->p = q;
            return lex_string(lx, t, s, flags);
        }
    }
    make(lx, t, keyword(s, (uint32_t)(q - s)), s, q);
    return true;
}

static bool open_paren(Lexer *lx, Token *t, TokType type)
{
    const char *p = lx->p;
    if (lx->paren_top >= LEXER_MAX_PARENS)
        return syntax_error(lx, p, "too many nested parentheses");
    LexerParen *pp = &lx->parens[lx->paren_top++];
    pp->ch = *p;
    pp->line = lx->line;
    pp->col = lexer_col(lx, p);
    return make(lx, t, type, p, p + 1);
}

static bool close_paren(Lexer *lx, Token *t, TokType type)
{
    const char *p = lx->p;
    char c = *p;
    if (lx->paren_top == 0)
        return lexer_error(lx->err, PARSE_SYNTAX_ERROR, lx->line, lexer_col(lx, p),
                           lx->sub ? "f-string: unmatched '%c'" : "unmatched '%c'", c);
    LexerParen *pp = &lx->parens[lx->paren_top - 1];
    char want = pp->ch == '(' ? ')' : pp->ch == '[' ? ']' : '}';
    if (c != want) {
        ParseError *err = lx->err;
        lexer_error(err, PARSE_SYNTAX_ERROR, lx->line, lexer_col(lx, p),
                    "closing parenthesis '%c' does not match opening parenthesis '%c'", c, pp->ch);
        if (pp->line != lx->line) {
            size_t k = strlen(err->msg);
            MsgBuf m = {err->msg, k};
            msg_put(&m, " on line ", 9);
            msg_int(&m, pp->line);
            err->msg[m.len] = '\0';
        }
        return false;
    }
    lx->paren_top--;
    return make(lx, t, type, p, p + 1);
}

/* Operators: pick the longest match among 1-, 2- and 3-character forms. */
static bool lex_operator(Lexer *lx, Token *t)
{
    static const struct { char s[4]; uint8_t type; } ops[] = {
        {"**=", TOK_DSTAREQ}, {"//=", TOK_DSLASHEQ}, {">>=", TOK_RSHIFTEQ},
        {"<<=", TOK_LSHIFTEQ}, {"...", TOK_ELLIPSIS},
        {"->", TOK_ARROW}, {":=", TOK_WALRUS}, {"<=", TOK_LE}, {">=", TOK_GE},
        {"==", TOK_EQEQ}, {"!=", TOK_NE}, {"+=", TOK_PLUSEQ}, {"-=", TOK_MINUSEQ},
        {"*=", TOK_STAREQ}, {"/=", TOK_SLASHEQ}, {"%=", TOK_PERCENTEQ},
        {"@=", TOK_ATEQ}, {"&=", TOK_AMPEQ}, {"|=", TOK_VBAREQ}, {"^=", TOK_CARETEQ},
        {"**", TOK_DSTAR}, {"//", TOK_DSLASH}, {"<<", TOK_LSHIFT}, {">>", TOK_RSHIFT},
        {",", TOK_COMMA}, {":", TOK_COLON}, {";", TOK_SEMI}, {".", TOK_DOT},
        {"=", TOK_EQUAL}, {"~", TOK_TILDE}, {"<", TOK_LT}, {">", TOK_GT},
        {"+", TOK_PLUS}, {"-", TOK_MINUS}, {"*", TOK_STAR}, {"/", TOK_SLASH},
        {"%", TOK_PERCENT}, {"@", TOK_AT}, {"&", TOK_AMP}, {"|", TOK_VBAR},
        {"^", TOK_CARET},
    };
    const char *p = lx->p;
    size_t avail = (size_t)(lx->end - p);
    switch (*p) {
    case '(': return open_paren(lx, t, TOK_LPAR);
    case '[': return open_paren(lx, t, TOK_LSQB);
    case '{': return open_paren(lx, t, TOK_LBRACE);
    case ')': return close_paren(lx, t, TOK_RPAR);
    case ']': return close_paren(lx, t, TOK_RSQB);
    case '}': return close_paren(lx, t, TOK_RBRACE);
    default: break;
    }
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) {
        size_t n = strlen(ops[i].s);
        if (n <= avail && memcmp(p, ops[i].s, n) == 0)
            return make(lx, t, (TokType)ops[i].type, p, p + n);
    }
    return bad_character(lx, p);
}

static bool line_continuation(Lexer *lx)
{
    const char *q = lx->p + 1;
    if (q >= lx->end)
        return error_at_eof(lx, lx->line, lexer_col(lx, q), "unexpected EOF while parsing", 0);
    if (*q != '\n' && *q != '\r')
        return lexer_error(lx->err, PARSE_SYNTAX_ERROR, lx->line, lexer_col(lx, q) + 1,
                           "unexpected character after line continuation character");
    q = skip_newline(lx, q);
    new_line(lx, q);
    lx->p = q;
    if (q >= lx->end && !lx->sub)
        return error_at_eof(lx, lx->line, 1, "unexpected EOF while parsing", 0);
    return true;
}

bool lexer_next(Lexer *lx, Token *t)
{
    if (lx->err->kind != PARSE_OK)
        return false;
    for (;;) {
        if (lx->pending_dedents > 0) {
            lx->pending_dedents--;
            return make(lx, t, TOK_DEDENT, lx->p, lx->p);
        }
        if (lx->at_line_start && !lx->sub) {
            int r = indentation(lx, t);
            if (r)
                return r > 0;
        }
        const char *p = lx->p;
        while (p < lx->end && (*p == ' ' || *p == '\t' || *p == '\f'))
            p++;
        lx->p = p;
        if (p >= lx->end)
            return at_eof(lx, t);
        char c = *p;
        if (c == '#') {
            while (p < lx->end && *p != '\n' && *p != '\r')
                p++;
            lx->p = p;
            continue;
        }
        if (c == '\n' || c == '\r') {
            const char *nl = skip_newline(lx, p);
            if (lx->paren_top > 0 || lx->sub) {
                new_line(lx, nl);
                lx->p = nl;
                continue;
            }
            make(lx, t, TOK_NEWLINE, p, nl);
            new_line(lx, nl);
            lx->at_line_start = true;
            return true;
        }
        if (c == '\\') {
            if (!line_continuation(lx))
                return false;
            continue;
        }
        if (is_digit(c) || (c == '.' && p + 1 < lx->end && is_digit(p[1])))
            return lex_number(lx, t);
        if (c == '"' || c == '\'')
            return lex_string(lx, t, p, 0);
        if (id_char(lx, p, true))
            return lex_name(lx, t);
        return lex_operator(lx, t);
    }
}

/* ---- string bodies ---------------------------------------------------------- */

void lexer_body_pos(Lexer *lx, const Token *t, uint32_t off, int *line, int *col)
{
    const char *e = t->body + off, *q = t->body;
    int l = t->body_line, c = t->body_col;
    if (lx->body_at >= t->body && lx->body_at <= e) {   /* continue from the cache */
        q = lx->body_at;
        l = lx->body_line;
        c = lx->body_col;
    }
    for (; q < e; q++) {
        if (*q == '\n' || (*q == '\r' && (q + 1 >= lx->end || q[1] != '\n'))) {
            l++;
            c = 1;
        } else if ((*q & 0xC0) != 0x80 && *q != '\r') {
            c++;
        }
    }
    lx->body_at = e;
    lx->body_line = *line = l;
    lx->body_col = *col = c;
}

bool lexer_buf_reserve(Lexer *lx, LexerBuf *b, uint32_t n)
{
    if (b->cap - b->len > n)
        return true;
    if (n >= UINT32_MAX / 2 - b->len)
        return lexer_error(lx->err, PARSE_NO_MEMORY, 0, 0, "out of memory");
    uint32_t cap = b->len + n + 1;
    if (b->cap && cap < b->cap * 2)
        cap = b->cap * 2;   /* growing again: double, to stay linear */
    char *d = arena_alloc(lx->arena, cap);
    if (!d)
        return lexer_error(lx->err, PARSE_NO_MEMORY, 0, 0, "out of memory");
    if (b->len)
        memcpy(d, b->data, b->len);
    b->data = d;
    b->cap = cap;
    return true;
}

bool lexer_buf_append(Lexer *lx, LexerBuf *b, const char *s, uint32_t n)
{
    if (!lexer_buf_reserve(lx, b, n < 15 && !b->cap ? 15 : n))
        return false;
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
    return true;
}

static bool put_utf8(Lexer *lx, LexerBuf *b, uint32_t cp)
{
    char u[4];
    uint32_t n;
    if (cp < 0x80) {
        u[0] = (char)cp, n = 1;
    } else if (cp < 0x800) {
        u[0] = (char)(0xC0 | (cp >> 6)), u[1] = (char)(0x80 | (cp & 0x3F)), n = 2;
    } else if (cp < 0x10000) {
        u[0] = (char)(0xE0 | (cp >> 12)), u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F)), n = 3;
    } else {
        u[0] = (char)(0xF0 | (cp >> 18)), u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3F)), u[3] = (char)(0x80 | (cp & 0x3F)), n = 4;
    }
    return lexer_buf_append(lx, b, u, n);
}

static int hex_val(char c)
{
    if (is_digit(c))
        return c - '0';
    c = (char)(c | 0x20);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* \x, \u, \U: exactly `digits` hex digits at s. Returns the value or -1. */
static long hex_escape(const char *s, const char *e, int digits)
{
    long v = 0;
    if (e - s < digits)
        return -1;
    for (int i = 0; i < digits; i++) {
        int d = hex_val(s[i]);
        if (d < 0)
            return -1;
        v = v * 16 + d;
    }
    return v;
}

static bool escape_error(Lexer *lx, const Token *t, bool bytes, uint32_t pos, uint32_t end,
                         const char *what)
{
    if (bytes)
        return lexer_error(lx->err, PARSE_SYNTAX_ERROR, t->line, t->col,
                           "(value error) invalid \\x escape at position %d", (int)pos);
    ParseError *err = lx->err;
    lexer_error(err, PARSE_SYNTAX_ERROR, t->line, t->col,
                "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: %s",
                (int)pos, (int)end, what);
    return false;
}

/* One escape sequence after a backslash at s[i]; advances *i past it. */
static bool decode_escape(Lexer *lx, const Token *t, const char *s, uint32_t n, uint32_t *i,
                          uint32_t off, LexerBuf *out)
{
    bool bytes = t->str_flags & LEXER_STR_BYTES;
    uint32_t at = *i;
    const char *e = s + n;
    char c = s[at + 1];
    static const char simple_in[] = "\\'\"abfnrtv";
    static const char simple_out[] = "\\'\"\a\b\f\n\r\t\v";
    const char *k = memchr(simple_in, c, sizeof simple_in - 1);
    *i = at + 2;
    if (k)
        return lexer_buf_append(lx, out, &simple_out[k - simple_in], 1);
    if (c == '\n' || c == '\r') {
        *i = (uint32_t)(skip_newline(lx, s + at + 1) - s);
        return true;
    }
    if (c >= '0' && c <= '7') {
        uint32_t v = 0, j = at + 1;
        while (j < n && j < at + 4 && s[j] >= '0' && s[j] <= '7')
            v = v * 8 + (uint32_t)(s[j++] - '0');
        *i = j;
        if (bytes) {
            char ch = (char)(v & 0xFF);
            return lexer_buf_append(lx, out, &ch, 1);
        }
        return put_utf8(lx, out, v);
    }
    int digits = c == 'x' ? 2 : (c == 'u' && !bytes) ? 4 : (c == 'U' && !bytes) ? 8 : 0;
    if (digits) {
        long v = hex_escape(s + at + 2, e, digits);
        uint32_t pos = off + at;
        if (v < 0) {
            uint32_t end = at + 2;
            while (end < n && end < at + 2 + (uint32_t)digits && hex_val(s[end]) >= 0)
                end++;
            const char *what = c == 'x' ? "truncated \\xXX escape"
                             : c == 'u' ? "truncated \\uXXXX escape"
                                        : "truncated \\UXXXXXXXX escape";
            return escape_error(lx, t, bytes, pos, off + end - 1, what);
        }
        if (v > 0x10FFFF)
            return escape_error(lx, t, bytes, pos, pos + 9, "illegal Unicode character");
        *i = at + 2 + (uint32_t)digits;
        if (bytes) {
            char ch = (char)v;
            return lexer_buf_append(lx, out, &ch, 1);
        }
        return put_utf8(lx, out, (uint32_t)v);
    }
    if (c == 'N' && !bytes)
        return lexer_error(lx->err, PARSE_SYNTAX_ERROR, t->line, t->col,
                           "(unicode error) \\N{...} escapes are not supported");
    /* Unknown escape: kept as written, backslash included. */
    *i = at + 1;
    return lexer_buf_append(lx, out, "\\", 1);
}

bool lexer_decode_string(Lexer *lx, const Token *t, const char *s, uint32_t n,
                         uint32_t off, LexerBuf *out)
{
    bool raw = t->str_flags & LEXER_STR_RAW;
    bool bytes = t->str_flags & LEXER_STR_BYTES;
    uint32_t i = 0;
    /* decoding never makes text longer, so one allocation usually suffices */
    if (!lexer_buf_reserve(lx, out, n))
        return false;
    out->data[out->len] = '\0';
    while (i < n) {
        uint32_t j = i;
        while (j < n && s[j] != '\\' && s[j] != '\r' && !(bytes && (unsigned char)s[j] >= 0x80))
            j++;
        if (j > i && !lexer_buf_append(lx, out, s + i, j - i))
            return false;
        i = j;
        if (i >= n)
            break;
        if (bytes && (unsigned char)s[i] >= 0x80)
            return lexer_error(lx->err, PARSE_SYNTAX_ERROR, t->line, t->col,
                               "bytes can only contain ASCII literal characters");
        if (s[i] == '\r') {   /* universal newlines, as when reading a text file */
            i = (uint32_t)(skip_newline(lx, s + i) - s);
            if (!lexer_buf_append(lx, out, "\n", 1))
                return false;
        } else if (raw || i + 1 >= n) {
            /* raw: the backslash stays; what follows is handled as usual */
            if (!lexer_buf_append(lx, out, "\\", 1))
                return false;
            i++;
        } else if (!decode_escape(lx, t, s, n, &i, off, out)) {
            return false;
        }
    }
    return true;
}
