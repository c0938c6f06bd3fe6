/*
 * test_parse.c - unit test of the compiler front end (lexer, parser, AST).
 *
 * Build: cc -Ivm tests/unit/test_parse.c vm/lexer.c vm/parse.c vm/ast.c vm/arena.c
 * Run from the repository root. It
 *   1. parses snippets and compares ast_dump output with the expected text,
 *   2. parses bad snippets and checks error kind, message, line and column,
 *   3. checks the REPL's incomplete-input answers,
 *   4. checks that deep, long and malformed inputs fail cleanly and fast,
 *   5. parses every file under tests/lang/ (all must parse) and the
 *      top-level modules of the CPython standard library found through
 *      `python3` (or the whole tree under the directory given as argument):
 *      reports the rate, which must be at least 95% of the files that use no
 *      unsupported syntax (async, match, complex numbers).
 * Prints "N passed, N failed" and exits non-zero on failure.
 *
 * `test_parse --dump FILE...` prints one line per file: the AST dump or the
 * error, for comparing with CPython's ast module; --dump-positions adds
 * "@line:col" to every node.
 */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "parse.h"

void *port_raw_alloc(size_t n) { return malloc(n); }
void port_raw_free(void *p) { free(p); }

static int passed, failed;

/* ---- output capture ------------------------------------------------------ */

typedef struct Text {
    char *s;
    size_t len, cap;
} Text;

static void text_write(void *ctx, const char *s, size_t n)
{
    Text *t = ctx;
    if (t->len + n + 1 > t->cap) {
        t->cap = (t->len + n + 1) * 2;
        t->s = realloc(t->s, t->cap);
    }
    memcpy(t->s + t->len, s, n);
    t->len += n;
    t->s[t->len] = '\0';
}

static const char *kind_name(ParseErrorKind k)
{
    switch (k) {
    case PARSE_OK: return "OK";
    case PARSE_SYNTAX_ERROR: return "SyntaxError";
    case PARSE_INDENTATION_ERROR: return "IndentationError";
    case PARSE_NO_MEMORY: return "MemoryError";
    default: return "Incomplete";
    }
}

static bool with_positions;   /* --dump-positions */

/* Parse src and return the dump, or "Kind: msg (line:col)"; caller frees. */
static char *parse_to_text(const char *src, size_t len)
{
    Arena a;
    ParseError err;
    Text t = {0};
    arena_init(&a);
    AstModule *m = parse_module(&a, src, len, &err);
    if (m && with_positions) {
        ast_dump_module_positions(m, text_write, &t);
    } else if (m) {
        ast_dump_module(m, text_write, &t);
    } else {
        char buf[256];
        snprintf(buf, sizeof buf, "%s: %s (%d:%d)", kind_name(err.kind), err.msg, err.line, err.col);
        text_write(&t, buf, strlen(buf));
    }
    arena_free_all(&a);
    if (!t.s)
        text_write(&t, "", 0);
    return t.s;
}

static void check(const char *what, const char *src, const char *got, const char *want)
{
    if (got && strcmp(got, want) == 0) {
        passed++;
        return;
    }
    failed++;
    printf("FAIL %s\n  source: %s\n  want:   %s\n  got:    %s\n", what, src, want, got);
}

#include "parse_cases/cases.h"

/* ---- AST cases ------------------------------------------------------------- */

static void run_ast_cases(void)
{
    for (size_t i = 0; i < sizeof ast_cases / sizeof ast_cases[0]; i++) {
        const char *src = ast_cases[i][0];
        char *got = parse_to_text(src, strlen(src));
        char want[4096];
        snprintf(want, sizeof want, "Module([%s])", ast_cases[i][1]);
        check("ast", src, got, want);
        free(got);
    }
}

static void run_error_cases(void)
{
    for (size_t i = 0; i < sizeof error_cases / sizeof error_cases[0]; i++) {
        const char *src = error_cases[i][0];
        char *got = parse_to_text(src, strlen(src));
        check("error", src, got, error_cases[i][1]);
        free(got);
    }
}

static void run_interactive_cases(void)
{
    for (size_t i = 0; i < sizeof repl_cases / sizeof repl_cases[0]; i++) {
        const char *src = repl_cases[i][0];
        Arena a;
        ParseError err;
        arena_init(&a);
        AstModule *m = parse_interactive(&a, src, strlen(src), &err);
        check("interactive", src, m ? "OK" : kind_name(err.kind), repl_cases[i][1]);
        arena_free_all(&a);
    }
}

static void run_expression_cases(void)
{
    for (size_t i = 0; i < sizeof eval_cases / sizeof eval_cases[0]; i++) {
        const char *src = eval_cases[i][0];
        Arena a;
        ParseError err;
        Text t = {0};
        arena_init(&a);
        AstExpr *e = parse_expression(&a, src, strlen(src), &err);
        if (e)
            ast_dump_expr(e, text_write, &t);
        else
            text_write(&t, err.msg, strlen(err.msg));
        check("eval", src, t.s, eval_cases[i][1]);
        free(t.s);
        arena_free_all(&a);
    }
}

/* ---- positions --------------------------------------------------------------- */

static void run_position_dump_cases(void)
{
    with_positions = true;
    for (size_t i = 0; i < sizeof position_cases / sizeof position_cases[0]; i++) {
        const char *src = position_cases[i][0];
        char *got = parse_to_text(src, strlen(src));
        check("positions", src, got, position_cases[i][1]);
        free(got);
    }
    with_positions = false;
}

static void expect_pos(const char *what, int line, int col, int want_line, int want_col)
{
    char got[64], want[64];
    snprintf(got, sizeof got, "%d:%d", line, col);
    snprintf(want, sizeof want, "%d:%d", want_line, want_col);
    check(what, "(positions)", got, want);
}

static void run_position_cases(void)
{
    const char *src = "if x:\n    y = a.b(c) + é[1]\n\nz = f'{q + 1}'\n";
    Arena a;
    ParseError err;
    arena_init(&a);
    AstModule *m = parse_module(&a, src, strlen(src), &err);
    if (!m) {
        check("positions", src, err.msg, "parsed");
        arena_free_all(&a);
        return;
    }
    AstStmt *s_if = m->body.items[0];
    expect_pos("if", s_if->line, s_if->col, 1, 1);
    AstStmt *assign = s_if->v.if_.body.items[0];
    expect_pos("assign", assign->line, assign->col, 2, 5);
    AstExpr *binop = assign->v.assign.value;
    expect_pos("binop", binop->line, binop->col, 2, 9);
    AstExpr *sub = binop->v.bin_op.right;
    expect_pos("subscript (non-ASCII)", sub->line, sub->col, 2, 18);
    expect_pos("index", sub->v.subscript.slice->line, sub->v.subscript.slice->col, 2, 20);
    AstStmt *z = m->body.items[1];
    AstExpr *fv = z->v.assign.value->v.joined.values.items[0];
    expect_pos("f-string field", fv->line, fv->col, 4, 8);
    expect_pos("f-string operand", fv->v.formatted.value->v.bin_op.right->line,
               fv->v.formatted.value->v.bin_op.right->col, 4, 12);
    arena_free_all(&a);
}

/* ---- limits: deep or long inputs must fail cleanly and quickly ----------------- */

/* prefix + middle * n + tail + suffix * n */
static char *repeat(const char *prefix, const char *middle, int n, const char *suffix, const char *tail)
{
    size_t len = strlen(prefix) + (strlen(middle) + strlen(suffix)) * (size_t)n + strlen(tail);
    char *s = malloc(len + 1), *q = s;
    q += sprintf(q, "%s", prefix);
    for (int i = 0; i < n; i++)
        q += sprintf(q, "%s", middle);
    q += sprintf(q, "%s", tail);
    for (int i = 0; i < n; i++)
        q += sprintf(q, "%s", suffix);
    return s;
}

static void check_limit(const char *what, char *src, const char *want_prefix)
{
    char *got = parse_to_text(src, strlen(src));
    size_t n = strlen(want_prefix);
    if (strncmp(got, want_prefix, n) == 0) {
        passed++;
    } else {
        failed++;
        printf("FAIL limit %s\n  want: %s...\n  got:  %.200s\n", what, want_prefix, got);
    }
    free(got);
    free(src);
}

static void run_limit_cases(void)
{
    check_limit("150 parens", repeat("x = ", "(", 150, ")", "1"), "Module(");
    check_limit("500 parens", repeat("x = ", "(", 500, ")", "1"),
                "SyntaxError: too many nested parentheses");
    check_limit("190 parens in 20 calls", repeat("x = ", "f(", 190, ")", "1"),
                "SyntaxError: expression too deeply nested");
    check_limit("100000 [", repeat("", "[", 100000, "", ""), "SyntaxError:");
    check_limit("unary chain", repeat("x = ", "-", 100000, "", "1\n"),
                "SyntaxError: expression too deeply nested");
    check_limit("not chain", repeat("x = ", "not ", 100000, "", "1\n"),
                "SyntaxError: expression too deeply nested");
    check_limit("power chain", repeat("x = 1", " ** 1", 100000, "", "\n"),
                "SyntaxError: expression too deeply nested");
    check_limit("sum chain", repeat("x = 1", " + 1", 100000, "", "\n"),
                "SyntaxError: expression too deeply nested");
    check_limit("sum of 150", repeat("x = 1", " + 1", 150, "", "\n"), "Module(");
    check_limit("attribute chain", repeat("x = a", ".b", 100000, "", "\n"),
                "SyntaxError: expression too deeply nested");
    check_limit("call chain", repeat("x = f", "()", 100000, "", "\n"),
                "SyntaxError: expression too deeply nested");
    check_limit("lambda chain", repeat("x = ", "lambda: ", 100000, "", "1\n"),
                "SyntaxError: expression too deeply nested");
    check_limit("ternary chain", repeat("x = ", "a if b else ", 100000, "", "1\n"),
                "SyntaxError: expression too deeply nested");
    check_limit("elif chain", repeat("if a: pass\n", "elif a: pass\n", 100000, "", ""),
                "SyntaxError: expression too deeply nested");
    check_limit("elif 100", repeat("if a: pass\n", "elif a: pass\n", 100, "", ""), "Module(");
    check_limit("long flat list", repeat("x = [", "1, ", 200000, "", "]\n"), "Module(");
    check_limit("long line of names", repeat("x = (", "a,", 300000, "", ")\n"), "Module(");
    check_limit("many statements", repeat("", "x = 1\n", 100000, "", ""), "Module(");
    check_limit("chained assignment", repeat("", "x = ", 100000, "", "1\n"), "Module(");
    check_limit("f-string fields", repeat("x = f'''", "{a}\n", 50000, "", "'''\n"), "Module(");
    check_limit("string concatenation", repeat("x = ", "'ab' ", 100000, "", "\n"), "Module(");
    /* 101 nested blocks: CPython's limit is 100 levels of indentation */
    size_t cap = 200000, len = 0;
    char *blocks = malloc(cap);
    for (int i = 0; i < 101; i++)
        len += (size_t)sprintf(blocks + len, "%*sif x:\n", i, "");
    sprintf(blocks + len, "%*spass\n", 101, "");
    check_limit("101 blocks", blocks, "IndentationError: too many levels of indentation");
    const char nul[] = "x = 1\0\n";
    char *got = parse_to_text(nul, sizeof nul - 1);
    check("NUL byte", "x = 1\\0", got, "SyntaxError: source code cannot contain null bytes (1:0)");
    free(got);
    got = parse_to_text("x = '\xff'\n", 10);
    check("invalid UTF-8", "x = '\\xff'", got, "SyntaxError: invalid UTF-8 byte 0xff in source (1:6)");
    free(got);
    got = parse_to_text("\xef\xbb\xbfx = 1\n", 9);
    check("BOM", "BOM x = 1", got, "Module([Assign([Name('x', Store)], Int(1))])");
    free(got);
}

/* ---- files ------------------------------------------------------------------------ */

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    *len = fread(buf, 1, (size_t)n, f);
    fclose(f);
    return buf;
}

typedef struct FileStats {
    int files, parsed;
    int unsupported;    /* async / complex / match-like failures */
    int shown;
} FileStats;

static bool ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && strcmp(s + n - k, suffix) == 0;
}

static bool is_unsupported(const char *msg)
{
    return strstr(msg, "not supported") != NULL;
}

static void parse_file(const char *path, FileStats *st, bool verbose)
{
    size_t len;
    char *src = read_file(path, &len);
    if (!src)
        return;
    Arena a;
    ParseError err;
    arena_init(&a);
    st->files++;
    if (parse_module(&a, src, len, &err)) {
        st->parsed++;
    } else {
        if (is_unsupported(err.msg))
            st->unsupported++;
        if (verbose || (!is_unsupported(err.msg) && st->shown++ < 40))
            printf("  %s:%d:%d: %s: %s\n", path, err.line, err.col, kind_name(err.kind), err.msg);
    }
    arena_free_all(&a);
    free(src);
}

/* Parse the .py files under dir, descending max_depth levels. */
static void walk(const char *dir, FileStats *st, bool verbose, int max_depth)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct dirent *ent;
    while ((ent = readdir(d))) {
        if (ent->d_name[0] == '.' || strcmp(ent->d_name, "site-packages") == 0 ||
            strcmp(ent->d_name, "__pycache__") == 0)
            continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, ent->d_name);
        struct stat sb;
        if (stat(path, &sb) != 0)
            continue;
        if (S_ISDIR(sb.st_mode) && max_depth > 0)
            walk(path, st, verbose, max_depth - 1);
        else if (S_ISREG(sb.st_mode) && ends_with(ent->d_name, ".py"))
            parse_file(path, st, verbose);
    }
    closedir(d);
}

static void run_lang_tests(void)
{
    FileStats st = {0};
    walk("tests/lang", &st, true, 8);
    printf("tests/lang: %d of %d files parse\n", st.parsed, st.files);
    char what[64];
    snprintf(what, sizeof what, "%d", st.files);
    char got[64];
    snprintf(got, sizeof got, "%d", st.parsed);
    check("tests/lang files parse", "tests/lang", got, what);
}

static void run_stdlib(const char *dir, int max_depth)
{
    FileStats st = {0};
    walk(dir, &st, false, max_depth);
    if (!st.files)
        return;
    int considered = st.files - st.unsupported;
    double rate = considered ? 100.0 * st.parsed / considered : 0.0;
    printf("stdlib %s: %d of %d files parse; %d use unsupported syntax; "
           "%d of %d others parse (%.1f%%)\n",
           dir, st.parsed, st.files, st.unsupported, st.parsed, considered, rate);
    check("stdlib parse rate >= 95%", dir, rate >= 95.0 ? "yes" : "no", "yes");
}

/* The CPython standard library directory, if python3 is installed. */
static bool find_stdlib(char *dir, size_t n)
{
    FILE *f = popen("python3 -c 'import os; print(os.path.dirname(os.__file__))' 2>/dev/null", "r");
    if (!f)
        return false;
    bool found = fgets(dir, (int)n, f) != NULL;
    pclose(f);
    if (found)
        dir[strcspn(dir, "\n")] = '\0';
    return found && dir[0];
}

static int dump_files(int argc, char **argv)
{
    for (int i = 2; i < argc; i++) {
        size_t len;
        char *src = read_file(argv[i], &len);
        if (!src)
            continue;
        char *text = parse_to_text(src, len);
        printf("%s\t%s\n", argv[i], text);
        free(text);
        free(src);
    }
    return 0;
}

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "--dump") == 0)
        return dump_files(argc, argv);
    if (argc > 1 && strcmp(argv[1], "--dump-positions") == 0) {
        with_positions = true;
        return dump_files(argc, argv);
    }
    run_ast_cases();
    run_error_cases();
    run_interactive_cases();
    run_expression_cases();
    run_position_cases();
    run_position_dump_cases();
    run_limit_cases();
    run_lang_tests();
    char stdlib[1024];
    if (argc > 1)
        run_stdlib(argv[1], 8);
    else if (find_stdlib(stdlib, sizeof stdlib))
        run_stdlib(stdlib, 0);   /* the top-level modules: quick */
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
