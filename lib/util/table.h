/* Looking an entry up by name in a constant table of descriptions (the
 * bundles, the EndpointPickerConfig dialects): one loop for every table
 * whose entries are structs with a `const char *name` member. */
#ifndef INFEXT_UTIL_TABLE_H
#define INFEXT_UTIL_TABLE_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* The index of the entry of `table` (`n` entries of `stride` bytes, each
 * with its name, a `const char *`, at byte `offset`) whose name is `name`;
 * SIZE_MAX when none is. */
static inline size_t infext__table_index(const void *table, size_t n, size_t stride, size_t offset,
                                         const char *name)
{
    const char *base = table;
    for (size_t i = 0; name && i < n; i++) {
        const char *entry_name;
        memcpy(&entry_name, base + i * stride + offset, sizeof entry_name);
        if (entry_name && !strcmp(entry_name, name)) return i;
    }
    return SIZE_MAX;
}

/* infext__table_index() over an array of `type` structs with a `name` member. */
#define INFEXT__TABLE_INDEX(array, n, type, key)                                                \
    infext__table_index((array), (n), sizeof(type), offsetof(type, name), (key))

#endif
