/*
 * str_utf8.c — UTF-8 encoding and decoding, and the code point classes
 * (space, letter, digit, printable, case mapping) behind str's methods and
 * repr. The tables cover Latin-1, Latin Extended-A, Greek, Cyrillic and the
 * common CJK blocks: enough for the text a microcontroller sees, and far
 * smaller than the Unicode database.
 */
#include "str.h"

/* ---- UTF-8 ---------------------------------------------------------------- */

size_t utf8_decode(const uint8_t *s, uint32_t *cp)
{
    uint8_t c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    if (c < 0xe0) {
        *cp = ((uint32_t)(c & 0x1f) << 6) | (s[1] & 0x3f);
        return 2;
    }
    if (c < 0xf0) {
        *cp = ((uint32_t)(c & 0x0f) << 12) | ((uint32_t)(s[1] & 0x3f) << 6) | (s[2] & 0x3f);
        return 3;
    }
    *cp = ((uint32_t)(c & 0x07) << 18) | ((uint32_t)(s[1] & 0x3f) << 12) |
          ((uint32_t)(s[2] & 0x3f) << 6) | (s[3] & 0x3f);
    return 4;
}

size_t utf8_encode(uint32_t cp, uint8_t out[4])
{
    if (cp < 0x80) {
        out[0] = (uint8_t)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (uint8_t)(0xc0 | (cp >> 6));
        out[1] = (uint8_t)(0x80 | (cp & 0x3f));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (uint8_t)(0xe0 | (cp >> 12));
        out[1] = (uint8_t)(0x80 | ((cp >> 6) & 0x3f));
        out[2] = (uint8_t)(0x80 | (cp & 0x3f));
        return 3;
    }
    out[0] = (uint8_t)(0xf0 | (cp >> 18));
    out[1] = (uint8_t)(0x80 | ((cp >> 12) & 0x3f));
    out[2] = (uint8_t)(0x80 | ((cp >> 6) & 0x3f));
    out[3] = (uint8_t)(0x80 | (cp & 0x3f));
    return 4;
}

/* Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF.
 * The second byte's range depends on the lead byte (this is what rules
 * those out); later continuation bytes are 0x80..0xbf. */
size_t utf8_check(const uint8_t *s, size_t n, const char **reason)
{
    size_t i = 0;
    while (i < n) {
        uint8_t c = s[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t need;
        uint8_t lo = 0x80, hi = 0xbf;
        if (c >= 0xc2 && c <= 0xdf)
            need = 1;
        else if (c >= 0xe0 && c <= 0xef) {
            need = 2;
            if (c == 0xe0) lo = 0xa0;
            if (c == 0xed) hi = 0x9f;
        } else if (c >= 0xf0 && c <= 0xf4) {
            need = 3;
            if (c == 0xf0) lo = 0x90;
            if (c == 0xf4) hi = 0x8f;
        } else {
            *reason = "invalid start byte";
            return i;
        }
        for (size_t k = 1; k <= need; k++) {
            if (i + k >= n) {
                *reason = "unexpected end of data";
                return i;
            }
            uint8_t d = s[i + k];
            if (d < (k == 1 ? lo : 0x80) || d > (k == 1 ? hi : 0xbf)) {
                *reason = "invalid continuation byte";
                return i;
            }
        }
        i += need + 1;
    }
    *reason = NULL;
    return n;
}

bool utf8_valid(const uint8_t *s, size_t n)
{
    const char *reason;
    return utf8_check(s, n, &reason) == n;
}

size_t utf8_count(const uint8_t *s, size_t n)
{
    size_t count = 0;
    for (size_t i = 0; i < n; i++)
        count += (s[i] & 0xc0) != 0x80;
    return count;
}

/* ---- Code point classes ------------------------------------------------ */

typedef struct CpRange {
    uint32_t lo, hi;
} CpRange;

static bool in_ranges(uint32_t cp, const CpRange *r, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (cp >= r[i].lo && cp <= r[i].hi) return true;
    return false;
}

/* Categories Cc, Cf, Zs, Zl, Zp, Cs, Co above ASCII (repr escapes them). */
static const CpRange unprintable[] = {
    {0x80, 0xa0}, {0xad, 0xad}, {0x600, 0x605}, {0x61c, 0x61c}, {0x6dd, 0x6dd},
    {0x70f, 0x70f}, {0x890, 0x891}, {0x8e2, 0x8e2}, {0x1680, 0x1680}, {0x180e, 0x180e},
    {0x2000, 0x200f}, {0x2028, 0x202f}, {0x205f, 0x2064}, {0x2066, 0x206f},
    {0x3000, 0x3000}, {0xd800, 0xf8ff}, {0xfeff, 0xfeff}, {0xfff9, 0xfffb},
    {0xfffe, 0xffff}, {0x110bd, 0x110bd}, {0x110cd, 0x110cd}, {0x13430, 0x13438},
    {0x1bca0, 0x1bca3}, {0x1d173, 0x1d17a}, {0xe0001, 0xe0001}, {0xe0020, 0xe007f},
    {0xf0000, 0x10ffff},
};

static const CpRange spaces[] = {
    {0x85, 0x85}, {0xa0, 0xa0}, {0x1680, 0x1680}, {0x2000, 0x200a},
    {0x2028, 0x2029}, {0x202f, 0x202f}, {0x205f, 0x205f}, {0x3000, 0x3000},
};

/* Letters without a case mapping in the functions below. */
static const CpRange letters[] = {
    {0xaa, 0xaa}, {0xba, 0xba}, {0xdf, 0xdf}, {0x100, 0x2af}, {0x370, 0x374},
    {0x376, 0x37d}, {0x37f, 0x383}, {0x386, 0x386}, {0x388, 0x3ff}, {0x400, 0x481},
    {0x48a, 0x52f}, {0x531, 0x556}, {0x561, 0x587}, {0x5d0, 0x5ea}, {0x620, 0x64a},
    {0x904, 0x939}, {0xe01, 0xe30}, {0x1100, 0x11ff}, {0x1e00, 0x1fbc},
    {0x3041, 0x3096}, {0x30a1, 0x30fa}, {0x3400, 0x4dbf}, {0x4e00, 0x9fff},
    {0xac00, 0xd7a3}, {0xff21, 0xff3a}, {0xff41, 0xff5a},
};

static const CpRange digit_ranges[] = {
    {0xb2, 0xb3}, {0xb9, 0xb9}, {0x660, 0x669}, {0x6f0, 0x6f9}, {0x966, 0x96f},
    {0xff10, 0xff19},
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

bool str_isprintable_cp(uint32_t cp)
{
    if (cp < 0x80) return cp >= 0x20 && cp < 0x7f;
    return !in_ranges(cp, unprintable, COUNT(unprintable));
}

bool str_isspace_cp(uint32_t cp)
{
    if (cp < 0x80) return cp == ' ' || (cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x1f);
    return in_ranges(cp, spaces, COUNT(spaces));
}

bool str_isdigit_cp(uint32_t cp)
{
    if (cp < 0x80) return cp >= '0' && cp <= '9';
    return in_ranges(cp, digit_ranges, COUNT(digit_ranges));
}

bool str_isalpha_cp(uint32_t cp)
{
    if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
    if (cp == 0xb5 || (cp >= 0xc0 && cp <= 0xff && cp != 0xd7 && cp != 0xf7)) return true;
    return in_ranges(cp, letters, COUNT(letters));
}

/* Latin Extended-A pairs upper/lower as even/odd, except two runs that
 * pair odd/even; returns the lowercase partner's parity for cp's run. */
static bool ext_a_paired(uint32_t cp, bool *upper_is_even)
{
    if ((cp >= 0x100 && cp <= 0x137 && cp != 0x130 && cp != 0x131) || (cp >= 0x14a && cp <= 0x177)) {
        *upper_is_even = true;
        return true;
    }
    if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17e)) {
        *upper_is_even = false;
        return true;
    }
    return false;
}

uint32_t str_lower_cp(uint32_t c)
{
    bool even;
    if (c < 0x80) return c >= 'A' && c <= 'Z' ? c + 32 : c;
    if (c >= 0xc0 && c <= 0xde && c != 0xd7) return c + 32;
    if (ext_a_paired(c, &even)) return ((c & 1) == 0) == even ? c + 1 : c;
    if (c == 0x178) return 0xff;
    if (c >= 0x391 && c <= 0x3a9 && c != 0x3a2) return c + 32;
    if (c == 0x386) return 0x3ac;
    if (c >= 0x388 && c <= 0x38a) return c + 37;
    if (c == 0x38c) return 0x3cc;
    if (c == 0x38e || c == 0x38f) return c + 63;
    if (c >= 0x410 && c <= 0x42f) return c + 32;
    if (c >= 0x400 && c <= 0x40f) return c + 80;
    if (c >= 0xff21 && c <= 0xff3a) return c + 32;
    return c;
}

uint32_t str_upper_cp(uint32_t c)
{
    bool even;
    if (c < 0x80) return c >= 'a' && c <= 'z' ? c - 32 : c;
    if (c >= 0xe0 && c <= 0xfe && c != 0xf7) return c - 32;
    if (c == 0xff) return 0x178;
    if (c == 0xb5) return 0x39c;
    if (c == 0x131) return 'I';
    if (ext_a_paired(c, &even)) return ((c & 1) == 0) != even ? c - 1 : c;
    if (c == 0x3c2) return 0x3a3;
    if (c >= 0x3b1 && c <= 0x3c9) return c - 32;
    if (c == 0x3ac) return 0x386;
    if (c >= 0x3ad && c <= 0x3af) return c - 37;
    if (c == 0x3cc) return 0x38c;
    if (c == 0x3cd || c == 0x3ce) return c - 63;
    if (c >= 0x430 && c <= 0x44f) return c - 32;
    if (c >= 0x450 && c <= 0x45f) return c - 80;
    if (c >= 0xff41 && c <= 0xff5a) return c - 32;
    return c;
}
