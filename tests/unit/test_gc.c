/*
 * test_gc.c — unit tests of the heap (vm/gc.c): roots keep objects alive,
 * garbage is reclaimed, interior pointers count, deep chains survive the
 * mark-stack overflow path, GC_NOSCAN blocks hold no references, the lock
 * makes allocation fail at once, realloc keeps contents.
 *
 * Build: cc -Ivm tests/unit/test_gc.c vm/gc.c  (see the Makefile)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "gc.h"
#include "port.h"

/* What gc.c needs from the rest of the core and the port. */
char *port_stack_top;
value_t err_no_memory(void) { return VALUE_NULL; }
uint32_t port_irq_disable(void) { return 0; }
void port_irq_restore(uint32_t state) { (void)state; }

static int passed, failed;

static void check(const char *what, int ok)
{
    if (ok) {
        passed++;
    } else {
        failed++;
        printf("FAIL %s\n", what);
    }
}

static size_t used(void)
{
    GcStats s;
    gc_stats(&s);
    return s.used;
}

typedef struct Node {
    struct Node *next;
    uintptr_t payload[3];
} Node;

/* Allocations made in a separate frame so no pointer to them is left in
 * this frame's registers or slots. */
static __attribute__((noinline)) void make_garbage(int n)
{
    for (int i = 0; i < n; i++) {
        Node *x = gc_alloc(sizeof(Node), 0);
        if (x) x->payload[0] = (uintptr_t)i;
    }
}

static __attribute__((noinline)) Node *make_chain(int n)
{
    Node *head = NULL;
    for (int i = 0; i < n; i++) {
        Node *x = gc_alloc(sizeof(Node), 0);
        if (!x) return NULL;
        x->next = head;
        x->payload[0] = (uintptr_t)i * 2 + 1; /* odd: never mistaken for a pointer */
        head = x;
    }
    return head;
}

static int chain_length(const Node *n)
{
    int len = 0;
    for (; n; n = n->next) len++;
    return len;
}

static value_t root;

static void test_roots_and_garbage(void)
{
    gc_collect();
    size_t before = used();
    gc_enable(false); /* no automatic collection while counting */
    make_garbage(1000);
    check("allocations are counted", used() >= before + 1000 * sizeof(Node));
    gc_enable(true);
    gc_collect();
    check("garbage is reclaimed", used() <= before + 64);

    root = (value_t)make_chain(5000);
    gc_collect();
    check("a 5000-node chain from a root survives (mark stack overflow path)",
          chain_length((Node *)root) == 5000);
    int ok = 1;
    int i = 4999;
    for (Node *n = (Node *)root; n; n = n->next, i--) ok &= n->payload[0] == (uintptr_t)i * 2 + 1;
    check("the chain's contents are intact", ok);
    root = VALUE_NULL;
    gc_collect();
    check("dropping the root frees the chain", used() <= before + 64);
}

static __attribute__((noinline)) uintptr_t interior_of_new_block(void)
{
    char *p = gc_alloc(256, 0);
    memset(p, 'x', 256);
    return (uintptr_t)(p + 100);
}

static void test_interior_and_noscan(void)
{
    root = interior_of_new_block();
    gc_collect();
    check("an interior pointer keeps its block", ((char *)root)[-100] == 'x' && ((char *)root)[155] == 'x');
    size_t with_block = used();
    root = VALUE_NULL;
    gc_collect();
    check("the block goes with the pointer", used() < with_block);

    void **holder = gc_alloc(64, GC_NOSCAN);
    root = (value_t)holder;
    holder[0] = make_chain(100);
    gc_collect();
    size_t after = used();
    check("a GC_NOSCAN block keeps nothing alive", after < 64 + 100 * 32 / 2);
    root = VALUE_NULL;
}

/* Chains nodes from the root until the heap says no; returns how many. */
static __attribute__((noinline)) int fill_heap(void)
{
    int n = 0;
    for (Node *x; (x = gc_alloc(sizeof(Node), 0)); n++) {
        x->next = (Node *)root;
        root = (value_t)x;
    }
    return n;
}

static void test_lock_and_full(void)
{
    gc_lock();
    check("allocation fails at once while locked", gc_alloc(16, 0) == NULL);
    check("gc_is_locked", gc_is_locked());
    gc_unlock();
    check("allocation works after unlocking", gc_alloc(16, 0) != NULL);

    GcStats s;
    gc_stats(&s);
    check("a request larger than the heap fails", gc_alloc(s.total + 16, 0) == NULL);
    /* Fill the heap through a root, then free it: everything comes back. */
    int n = fill_heap();
    check("the heap fills up and then says no", n > 100 && gc_alloc(sizeof(Node), 0) == NULL);
    root = VALUE_NULL;
    gc_collect();
    check("after the root is dropped the heap is usable again", gc_alloc(4096, 0) != NULL);
}

static void test_realloc_and_free(void)
{
    unsigned char *p = gc_alloc(40, GC_NOSCAN);
    for (int i = 0; i < 40; i++) p[i] = (unsigned char)i;
    root = (value_t)p;
    make_garbage(10); /* something after p, so growing has to move it sometimes */
    p = gc_realloc(p, 4000, GC_NOSCAN);
    root = (value_t)p;
    int ok = p != NULL;
    for (int i = 0; ok && i < 40; i++) ok = p[i] == i;
    check("realloc keeps the contents", ok);
    check("realloc gives the requested size", gc_block_size(p) >= 4000);
    size_t before = used();
    gc_free(p);
    root = VALUE_NULL;
    check("gc_free releases a block at once", used() + 4000 <= before);
}

int main(void)
{
    char here;
    port_stack_top = &here;
    static char heap[256 * 1024] __attribute__((aligned(16)));
    gc_init(heap, sizeof heap);
    gc_add_root(&root);
    test_roots_and_garbage();
    test_interior_and_noscan();
    test_lock_and_full();
    test_realloc_and_free();
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
