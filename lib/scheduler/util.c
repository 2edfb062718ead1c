/* Small helpers of the scheduler module: string lists, growth, copies. */
#include "scheduler/sched.h"

#include "util/alloc.h"

#include <string.h>
#include <strings.h>

char *infext__sched_strdup0(const char *s)
{
    return s ? infext__strndup(s, strlen(s)) : NULL;
}

infext_status infext__sched_set_string(char **slot, const char *s)
{
    char *copy = NULL;
    if (s) {
        copy = infext__sched_strdup0(s);
        if (!copy) return INFEXT_ENOMEM;
    }
    infext__free(*slot);
    *slot = copy;
    return INFEXT_OK;
}

int infext__sched_grow(void **items, size_t *cap, size_t need, size_t size)
{
    void *p = infext__grow(*items, cap, need, size, 4, SIZE_MAX);
    if (!p) return -1;
    *items = p;
    return 0;
}

size_t infext__sched_kv_find(const infext__sched_kv *kv, const char *key, int icase)
{
    for (size_t i = 0; i < kv->len; i++) {
        if ((icase ? strcasecmp(kv->keys[i], key) : strcmp(kv->keys[i], key)) == 0) return i;
    }
    return SIZE_MAX;
}

infext_status infext__sched_kv_set(infext__sched_kv *kv, const char *key, const char *value, int icase)
{
    size_t i = infext__sched_kv_find(kv, key, icase);
    if (i != SIZE_MAX) {
        if (!value) return INFEXT_OK;
        return infext__sched_set_string(&kv->values[i], value);
    }
    size_t cap = kv->cap;
    if (infext__sched_grow((void **)&kv->keys, &cap, kv->len + 1, sizeof(char *)) != 0)
        return INFEXT_ENOMEM;
    if (cap != kv->cap) {
        char **v = infext__realloc(kv->values, cap * sizeof(char *));
        if (!v) {
            /* keys grew but values did not: keep cap consistent with both */
            return INFEXT_ENOMEM;
        }
        kv->values = v;
        kv->cap = cap;
    }
    char *k = infext__sched_strdup0(key);
    char *v = value ? infext__sched_strdup0(value) : NULL;
    if (!k || (value && !v)) {
        infext__free(k);
        infext__free(v);
        return INFEXT_ENOMEM;
    }
    kv->keys[kv->len] = k;
    kv->values[kv->len] = v;
    kv->len++;
    return INFEXT_OK;
}

void infext__sched_kv_clear(infext__sched_kv *kv)
{
    for (size_t i = 0; i < kv->len; i++) {
        infext__free(kv->keys[i]);
        infext__free(kv->values[i]);
    }
    infext__free(kv->keys);
    infext__free(kv->values);
    memset(kv, 0, sizeof(*kv));
}

const char *infext__sched_kv_get(const infext__sched_kv *kv, const char *key, int icase)
{
    if (!kv || !key) return NULL;
    size_t i = infext__sched_kv_find(kv, key, icase);
    return i == SIZE_MAX ? NULL : kv->values[i];
}

const char *infext__sched_kv_key_at(const infext__sched_kv *kv, size_t index)
{
    return kv && index < kv->len ? kv->keys[index] : NULL;
}

const char *infext__sched_kv_value_at(const infext__sched_kv *kv, size_t index)
{
    return kv && index < kv->len ? kv->values[index] : NULL;
}
