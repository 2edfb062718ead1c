/**
 * @file codec.h
 * @brief Decoding and encoding of every kind, as JSON or YAML.
 *
 * Decoding dispatches on `apiVersion` + `kind`. Text is JSON when it parses
 * as JSON (its first value, for a stream), YAML otherwise (a flow-style YAML
 * document begins with `{` too), unless the options force a format. Limits (depth, size, string length, alias expansion) are per call,
 * in the options; there is no global setting.
 */
#ifndef INFEXT_CODEC_H
#define INFEXT_CODEC_H

#include "infext/common.h"
#include "infext/types.h"

#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Input format of a decoder. */
typedef enum infext_format {
    INFEXT_FORMAT_AUTO = 0, /**< detect from content (decoding only) */
    INFEXT_FORMAT_JSON = 1, /**< JSON (RFC 8259) */
    INFEXT_FORMAT_YAML = 2, /**< YAML 1.1 as Kubernetes tooling reads it */
} infext_format;

/** What a decoder does with a member the schema does not know. */
typedef enum infext_unknown_fields {
    INFEXT_UNKNOWN_DEFAULT = 0,  /**< preserve for resources, strict for EndpointPickerConfig */
    INFEXT_UNKNOWN_PRESERVE = 1, /**< keep it and write it back on encode */
    INFEXT_UNKNOWN_STRICT = 2,   /**< fail with an INFEXT_ERR_UNKNOWN diagnostic naming it */
    INFEXT_UNKNOWN_DROP = 3,     /**< drop it silently, as the API server's pruning does */
} infext_unknown_fields;

/**
 * Keep decoding past values of the wrong type: each becomes an
 * INFEXT_ERR_TYPE_INVALID diagnostic (as the API server reports it), the
 * field is left absent but remembered as "present with a bad type", and the
 * call returns INFEXT_OK. infext_validate() relies on this. The message is
 * then exactly the API server's, without the YAML quoting hint that a
 * failing decode adds ("(quote the value to make it a string)"). Without
 * the flag a wrong type fails the call with INFEXT_ETYPE.
 */
#define INFEXT_DECODE_KEEP_GOING 0x1u
/** Record the line and column of every node. YAML input records them in
 *  any case; JSON input keeps its document's text and looks a position up
 *  there when a diagnostic needs one, with or without this flag. */
#define INFEXT_DECODE_POSITIONS 0x2u

/** Version of #infext_decode_options this header describes. */
#define INFEXT_DECODE_OPTIONS_VERSION 1

/**
 * Decoder options. Initialise with #INFEXT_DECODE_OPTIONS_INIT or
 * infext_decode_options_init() so that fields added later get defaults.
 * A zero limit means "the default", never "unlimited". Passing a limit
 * fails the call with INFEXT_ELIMIT and a diagnostic at the offending node
 * (a reader refuses an over-size input when it is created).
 *
 * Besides max_alias_expansion, YAML aliases and merge keys may copy at most
 * 256 nodes plus one per 16 bytes of input over a whole stream, so that the
 * time and memory of any input stay proportional to its size. docs/yaml.md
 * has the details.
 */
struct infext_decode_options {
    unsigned int version;           /**< #INFEXT_DECODE_OPTIONS_VERSION */
    infext_format format;           /**< input format, or auto-detect */
    infext_unknown_fields unknown;  /**< unknown-member policy */
    unsigned int flags;             /**< INFEXT_DECODE_* flags */
    size_t max_depth;               /**< nesting of mappings and sequences (arrays, objects); default 10000,
                                         the API server's (JSON deeper than 2048 is refused by jansson) */
    size_t max_document_size;       /**< bytes of input (a reader's whole stream); default 64 MiB */
    size_t max_string_length;       /**< bytes of one string (YAML: also of a key); default 16 MiB */
    size_t max_alias_expansion;     /**< YAML: nodes copied by aliases and merge keys per document;
                                         default 10000 */
};

/** Static initialiser of #infext_decode_options with every default. */
#define INFEXT_DECODE_OPTIONS_INIT                                             \
    {INFEXT_DECODE_OPTIONS_VERSION, INFEXT_FORMAT_AUTO, INFEXT_UNKNOWN_DEFAULT, 0, 0, 0, 0, 0}

/**
 * Fill @p opts with the defaults of options version @p version.
 * @return INFEXT_OK, or INFEXT_EINVAL for NULL or an unknown version.
 */
INFEXT_API infext_status infext_decode_options_init(infext_decode_options *opts,
                                                    unsigned int version);

/** Encode compact JSON (the default) or indented JSON with this flag. */
#define INFEXT_ENCODE_PRETTY 0x1u

/** Version of #infext_encode_options this header describes. */
#define INFEXT_ENCODE_OPTIONS_VERSION 1

/** Encoder options; initialise with #INFEXT_ENCODE_OPTIONS_INIT. */
struct infext_encode_options {
    unsigned int version; /**< #INFEXT_ENCODE_OPTIONS_VERSION */
    infext_format format; /**< JSON or YAML; AUTO means JSON */
    unsigned int flags;   /**< INFEXT_ENCODE_* flags */
};

/** Static initialiser of #infext_encode_options: compact JSON. */
#define INFEXT_ENCODE_OPTIONS_INIT {INFEXT_ENCODE_OPTIONS_VERSION, INFEXT_FORMAT_JSON, 0}

/**
 * Fill @p opts with the defaults of options version @p version.
 * @return INFEXT_OK, or INFEXT_EINVAL for NULL or an unknown version.
 */
INFEXT_API infext_status infext_encode_options_init(infext_encode_options *opts,
                                                    unsigned int version);

/**
 * Decode exactly one object of any kind. A List kind yields the List
 * object itself (use an #infext_reader to get its items one by one).
 *
 * @param[out] out receives the root object, owned by the caller
 *                 (infext_object_free()); NULL on failure.
 * @param data,len the text, not necessarily NUL-terminated.
 * @param opts options, or NULL for the defaults.
 * @param diags receives every problem found; may be NULL.
 * @return INFEXT_OK; INFEXT_EPARSE (syntax, duplicate key, bad UTF-8, no
 *         document or more than one), INFEXT_EKIND (missing or unknown
 *         apiVersion/kind), INFEXT_ETYPE, INFEXT_EUNKNOWN (strict mode),
 *         INFEXT_ELIMIT, INFEXT_EINVAL, INFEXT_ENOMEM.
 * Thread-safe: calls on distinct arguments may run concurrently.
 */
INFEXT_API infext_status infext_decode(infext_object **out, const char *data, size_t len,
                                       const infext_decode_options *opts,
                                       infext_diags *diags);

/**
 * Encode any object.
 * @param[out] out receives NUL-terminated text owned by the caller
 *                 (infext_free()).
 * @param[out] out_len receives the length without the NUL; may be NULL.
 * @param opts options, or NULL for compact JSON.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM. Thread-safe for readers
 *         of the same object.
 */
INFEXT_API infext_status infext_object_encode(char **out, size_t *out_len,
                                              const infext_object *obj,
                                              const infext_encode_options *opts);

/**
 * A reader of a stream of documents: a YAML stream separated by `---`, a
 * JSON text holding one or more concatenated values, or a List kind, whose
 * items come out one by one as objects of their own.
 */
typedef struct infext_reader infext_reader;

/**
 * Create a reader over @p data.
 * @param[out] out receives the reader, owned by the caller
 *                 (infext_reader_free()).
 * @param data,len the text; borrowed: it must outlive the reader.
 * @param opts options (copied), or NULL for the defaults.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM, INFEXT_ELIMIT (input
 *         larger than the size limit).
 */
INFEXT_API infext_status infext_reader_new(infext_reader **out, const char *data, size_t len,
                                           const infext_decode_options *opts);

/**
 * Decode the next object of the stream. Empty and comment-only YAML
 * documents are skipped.
 *
 * @param[out] out receives the object, owned by the caller, or NULL at the
 *                 end of the stream or when this document failed.
 * @param diags receives the problems of this document; may be NULL.
 * @return INFEXT_OK (with *out NULL at the end of the stream); on a failed
 *         document the same codes as infext_decode(). After a syntax error
 *         the rest of the stream cannot be read and the next call reports
 *         the end; after other errors (unknown kind, wrong types) reading
 *         goes on with the next document.
 */
INFEXT_API infext_status infext_reader_next(infext_object **out, infext_reader *reader,
                                            infext_diags *diags);

/**
 * Create a reader over everything a stdio stream holds (standard input, a
 * pipe, a file). The stream is read to its end now, into memory the reader
 * owns; the caller keeps and closes the stream.
 * @param[out] out receives the reader, owned by the caller.
 * @param stream an open stream, read from its current position.
 * @param opts options (copied), or NULL for the defaults.
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_EIO (read error), INFEXT_ELIMIT
 *         (more than max_document_size bytes), INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_reader_new_stream(infext_reader **out, FILE *stream,
                                                  const infext_decode_options *opts);

/**
 * Decode exactly one object from a file, as infext_decode() does.
 * @param[out] out receives the object, owned by the caller.
 * @param path the file to read.
 * @param diags receives the reasons of a failure (an unreadable file gives
 *              one diagnostic naming it); may be NULL.
 * @return the codes of infext_decode(), and INFEXT_EIO when the file cannot
 *         be read.
 */
INFEXT_API infext_status infext_decode_file(infext_object **out, const char *path,
                                            const infext_decode_options *opts,
                                            infext_diags *diags);

/**
 * Index, from 0, of the document the last infext_reader_next() call read
 * (items of a List share their document's index).
 */
INFEXT_API size_t infext_reader_document_index(const infext_reader *reader);

/** Line (from 1) where the last document read starts; 0 when unknown. */
INFEXT_API unsigned int infext_reader_document_line(const infext_reader *reader);

/**
 * The `apiVersion` and `kind` that the document the last infext_reader_next()
 * call read gives at its top level, as written, also when they name no kind
 * of this library (the call then returned INFEXT_EKIND): a tool can say which
 * document it could not handle. For a List, these are the List's own.
 * @param[out] api_version,kind receive borrowed strings, valid until the
 *             next call on @p reader, or NULL where the document has none
 *             (or gives a non-string). Either pointer may be NULL.
 * Not thread-safe on the same reader.
 */
INFEXT_API void infext_reader_document_type(const infext_reader *reader, const char **api_version,
                                            const char **kind);

/**
 * The format @p reader reads: the one its options name, or the one content
 * detection found when they say #INFEXT_FORMAT_AUTO: JSON when the text's
 * first value parses as JSON, YAML otherwise (a flow-style YAML document,
 * `{apiVersion: v1, kind: List}`, begins like JSON and is YAML). Known as
 * soon as the reader exists.
 * @return #INFEXT_FORMAT_JSON or #INFEXT_FORMAT_YAML; #INFEXT_FORMAT_AUTO
 *         for a NULL @p reader.
 * Thread-safe (reads only).
 */
INFEXT_API infext_format infext_reader_format(const infext_reader *reader);

/**
 * The `metadata.name` that the document the last infext_reader_next() call
 * read gives, when that call returned INFEXT_EKIND (a kind of no API group
 * of this library, a wrong version, a missing `apiVersion` or `kind`): a
 * tool can name the document it could not handle, as it names the ones it
 * decoded (infext_object_name()).
 * @return a borrowed string, valid until the next call on @p reader; NULL
 *         when the document gives no string name, when the last call decoded
 *         an object or failed otherwise, or for a NULL @p reader.
 * Not thread-safe on the same reader.
 */
INFEXT_API const char *infext_reader_document_name(const infext_reader *reader);

/**
 * The source text of the document the last infext_reader_next() call read,
 * exactly as it stands in the input (a YAML document without its `---`
 * marker line, a JSON document without the blanks around it): a tool can
 * copy a document it does not handle (a Deployment in a manifest bundle)
 * through unchanged. For a List, the whole List.
 * @param[out] text receives a pointer into the reader's input, valid as long
 *             as that input and the reader live; NULL when unknown. May be NULL.
 * @param[out] len receives its length in bytes. May be NULL.
 * @return true when the text is known; false before the first document or
 *         after one that could not be read to its end (a syntax error).
 * Not thread-safe on the same reader.
 */
INFEXT_API bool infext_reader_document_text(const infext_reader *reader, const char **text, size_t *len);

/** Free a reader. NULL is a no-op. */
INFEXT_API void infext_reader_free(infext_reader *reader);

/**
 * Encode several objects as one stream: YAML documents separated by `---`,
 * or JSON documents one per line.
 * @param[out] out receives the text, owned by the caller (infext_free()).
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_encode_stream(char **out, size_t *out_len,
                                              infext_object *const *objs, size_t count,
                                              const infext_encode_options *opts);

#ifdef __cplusplus
}
#endif

#endif /* INFEXT_CODEC_H */
