/*
 * fuzz_parse.c - libFuzzer target for the compiler front end.
 *
 * Build: clang -fsanitize=fuzzer,address,undefined -g -O1 -Ivm \
 *          tests/fuzz/fuzz_parse.c vm/lexer.c vm/parse.c vm/ast.c vm/arena.c
 * Run:   ./a.out tests/fuzz/corpus_parse -max_len=4096 -timeout=5
 *
 * Every input goes through all three entry points (file, interactive,
 * expression) and, when it parses, through the AST dumper, with the arena
 * capped so that a pathological input shows up as a MemoryError instead of
 * exhausting the machine; then once more with a small arena to exercise
 * the out-of-memory paths. Crashing inputs found so far live in
 * tests/fuzz/regress_parse/ and are replayed by passing that directory.
 */
#include <stdint.h>
#include <stdlib.h>

#include "parse.h"

void *port_raw_alloc(size_t n) { return malloc(n); }
void port_raw_free(void *p) { free(p); }

static void discard(void *ctx, const char *s, size_t n)
{
    size_t *total = ctx;
    *total += n + (size_t)(s[0] == 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *src = (const char *)data;
    Arena a;
    ParseError err;
    size_t total = 0;
    arena_init(&a);
    a.limit = 256u << 20;

    AstModule *m = parse_module(&a, src, size, &err);
    if (m)
        ast_dump_module(m, discard, &total);
    arena_free_all(&a);

    m = parse_interactive(&a, src, size, &err);
    if (m)
        ast_dump_module(m, discard, &total);
    arena_free_all(&a);

    AstExpr *e = parse_expression(&a, src, size, &err);
    if (e)
        ast_dump_expr(e, discard, &total);
    arena_free_all(&a);

    /* again with a small arena, so that running out of memory happens at
     * some input-dependent point of the parse */
    a.limit = 4096 + (size * 2654435761u) % 65536;
    m = parse_module(&a, src, size, &err);
    if (m)
        ast_dump_module(m, discard, &total);
    arena_free_all(&a);
    return 0;
}
