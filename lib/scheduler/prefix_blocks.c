/* Cutting a prompt into blocks and chaining their xxHash64 keys, in the
 * two ways the prefix plugins do. */
#include "scheduler/prefix_int.h"

#include <string.h>

#define SHORT_BLOCK 512 /* bytes: blocks up to this are hashed in one shot */

static void le64(unsigned char out[8], uint64_t v)
{
    for (int b = 0; b < 8; b++) out[b] = (unsigned char)(v >> (8 * b));
}

/* xxHash64 of the model name then the cache salt: block 0's parent. */
static uint64_t chain_root(const infext_request *req)
{
    infext__sched_xxh64_state h;
    infext__sched_xxh64_reset(&h, 0);
    const char *model = infext_request_get_model(req), *salt = infext_request_get_cache_salt(req);
    infext__sched_xxh64_update(&h, model, strlen(model));
    infext__sched_xxh64_update(&h, salt, strlen(salt));
    return infext__sched_xxh64_digest(&h);
}

prefix_state *infext__prefix_hash_prompt(infext_cycle *cycle, const infext_request *req,
                                         size_t block, size_t max_blocks)
{
    size_t len = req->prompt_len;
    if (len > max_blocks * block) len = max_blocks * block;
    size_t n = len / block;
    prefix_state *st = infext_cycle_alloc(cycle, sizeof(*st) + n * sizeof(uint64_t));
    if (!st) return NULL;
    st->count = n;
    if (!n) return st;
    infext__sched_xxh64_state h;
    uint64_t prev = chain_root(req);
    /* short blocks: copy block and chain into one buffer and hash it in
     * one shot, which is quicker than streaming the two pieces */
    unsigned char *buf = block <= SHORT_BLOCK ? infext_cycle_alloc(cycle, block + 8) : NULL;
    for (size_t i = 0; i < n; i++) {
        unsigned char le[8];
        le64(le, prev);
        if (buf) {
            memcpy(buf, req->prompt + i * block, block);
            memcpy(buf + block, le, sizeof(le));
            prev = infext__sched_xxh64(buf, block + 8, 0);
        } else {
            infext__sched_xxh64_reset(&h, 0);
            infext__sched_xxh64_update(&h, req->prompt + i * block, block);
            infext__sched_xxh64_update(&h, le, sizeof(le));
            prev = infext__sched_xxh64_digest(&h);
        }
        st->hashes[i] = prev;
    }
    return st;
}

/* Blocks of `block_bytes` bytes, tokens of 4 bytes (the last token
 * zero-padded, the last block possibly short): block i's key is xxHash64
 * of (xxHash64 of its bytes, then block i-1's key), each 8 little-endian
 * bytes. */
void infext__prefix_hash_blocks(uint64_t *out, size_t count, const infext_request *req,
                                size_t block_bytes)
{
    infext__sched_xxh64_state h;
    uint64_t prev = chain_root(req);
    for (size_t i = 0; i < count; i++) {
        size_t start = i * block_bytes, end = start + block_bytes;
        if (end > req->prompt_len) end = req->prompt_len;
        static const unsigned char zeros[4] = {0, 0, 0, 0};
        infext__sched_xxh64_reset(&h, 0);
        infext__sched_xxh64_update(&h, req->prompt + start, end - start);
        infext__sched_xxh64_update(&h, zeros, (4 - (end - start) % 4) % 4);
        unsigned char buf[16];
        le64(buf, infext__sched_xxh64_digest(&h));
        le64(buf + 8, prev);
        prev = out[i] = infext__sched_xxh64(buf, sizeof(buf), 0);
    }
}
