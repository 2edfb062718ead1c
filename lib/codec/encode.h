/* The two writers behind infext_object_encode() (encode.c). Each writes
 * one root object into out; out->failed says whether memory ran out. */
#ifndef INFEXT_CODEC_ENCODE_H
#define INFEXT_CODEC_ENCODE_H

#include "util/buf.h"

/* JSON writer (json_encode.c): compact, or indented by two spaces. */
void infext__json_write_object(infext__buf *out, const void *obj, int pretty);
/* A JSON string literal with the escapes JSON needs. */
void infext__json_write_string(infext__buf *out, const char *s, size_t len);

/* YAML writer (yaml_encode.c): block style, two-space indent, schema order. */
void infext__yaml_write_object(infext__buf *out, const void *obj);

#endif
