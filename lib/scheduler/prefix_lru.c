/* The LRU of block keys per server of the prefix index. */
#include "scheduler/prefix_int.h"

#include "util/alloc.h"

/* Note a change to the holders of `hash` (the caller reserved room). */
static void op_push(op_list *l, uint64_t hash, bool add)
{
    unsigned k = shard_index(hash);
    l->ops[l->len] = (holder_op){hash, NONE, add};
    if (l->first[k] == NONE) l->first[k] = l->len;
    else l->ops[l->last[k]].next = l->len;
    l->last[k] = l->len++;
}

static void lru_unlink(server *s, uint32_t n)
{
    lru_node *x = &s->nodes[n];
    if (x->prev != NONE) s->nodes[x->prev].next = x->next;
    else s->head = x->next;
    if (x->next != NONE) s->nodes[x->next].prev = x->prev;
    else s->tail = x->prev;
}

static void lru_push_front(server *s, uint32_t n)
{
    lru_node *x = &s->nodes[n];
    x->prev = NONE;
    x->next = s->head;
    if (s->head != NONE) s->nodes[s->head].prev = n;
    s->head = n;
    if (s->tail == NONE) s->tail = n;
}

/* Record that server `s` holds `hash`, evicting its least recent block
 * when full, and note the holders' changes in `ops`. -1 on allocation
 * failure. */
static int lru_add(op_list *ops, server *s, uint64_t hash)
{
    uint32_t n = infext__sched_u64map_get(&s->where, hash);
    if (n != NONE) { /* in the LRU, so already among the block's holders */
        if (s->head != n) {
            lru_unlink(s, n);
            lru_push_front(s, n);
        }
        return 0;
    }
    if (s->nodes_len >= s->capacity) {
        if (s->tail == NONE) return -1; /* every node lost to earlier failures */
        n = s->tail;
        uint64_t old = s->nodes[n].hash;
        lru_unlink(s, n);
        infext__sched_u64map_del(&s->where, old);
        op_push(ops, old, false);
    } else {
        size_t cap = s->nodes_cap;
        lru_node *nodes = infext__grow(s->nodes, &cap, (size_t)s->nodes_len + 1, sizeof(lru_node), 64,
                                       s->capacity < UINT32_MAX ? s->capacity : UINT32_MAX);
        if (!nodes) return -1;
        s->nodes = nodes;
        s->nodes_cap = (uint32_t)cap;
        n = s->nodes_len++;
    }
    s->nodes[n].hash = hash;
    if (infext__sched_u64map_put(&s->where, hash, n) != 0) {
        /* give the node back: it is not linked (an evicted node is lost
         * from the LRU's count until it is reused) */
        if (n == s->nodes_len - 1 && s->nodes_len > 0) s->nodes_len--;
        return -1;
    }
    lru_push_front(s, n);
    op_push(ops, hash, true);
    return 0;
}

void infext__prefix_lru_add_all(op_list *ops, server *s, const uint64_t *hashes, size_t count)
{
    for (size_t i = 0; i < count; i++)
        if (lru_add(ops, s, hashes[i]) != 0) break;
}
