#include "util/path.h"

size_t infext__path_push_field(infext__buf *path, const char *name, size_t len)
{
    size_t mark = path->len;
    if (mark) infext__buf_putc(path, '.');
    infext__buf_append(path, name, len);
    return mark;
}

size_t infext__path_push_index(infext__buf *path, size_t index)
{
    size_t mark = path->len;
    char tmp[32];
    char *p = tmp + sizeof tmp;
    *--p = ']';
    do *--p = (char)('0' + index % 10);
    while ((index /= 10) != 0);
    *--p = '[';
    infext__buf_append(path, p, (size_t)(tmp + sizeof tmp - p));
    return mark;
}
