/**
 * @file common.h
 * @brief Export macro, versions, status codes, diagnostics and memory release.
 *
 * Every other public header includes this one. Nothing here depends on a
 * third-party header, so the library's ABI carries no foreign type.
 */
#ifndef INFEXT_COMMON_H
#define INFEXT_COMMON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** @cond INTERNAL */
#if defined(INFEXT_STATIC)
#define INFEXT_API
#elif defined(_WIN32)
#if defined(INFEXT_BUILDING)
#define INFEXT_API __declspec(dllexport)
#else
#define INFEXT_API __declspec(dllimport)
#endif
#elif defined(__GNUC__) && defined(INFEXT_BUILDING)
#define INFEXT_API __attribute__((visibility("default")))
#else
#define INFEXT_API
#endif
/** @endcond */

/** Major version of the headers in use; bumped on an ABI break (SONAME). */
#define INFEXT_VERSION_MAJOR 1
/** Minor version of the headers in use; bumped when symbols are added. */
#define INFEXT_VERSION_MINOR 0
/** Patch version of the headers in use; bumped for fixes only. */
#define INFEXT_VERSION_PATCH 0
/** Header version as one comparable number: 0xMMmmpp. */
#define INFEXT_VERSION_NUMBER                                                  \
    ((INFEXT_VERSION_MAJOR << 16) | (INFEXT_VERSION_MINOR << 8) |              \
     INFEXT_VERSION_PATCH)
/** Header version as text, e.g. "1.0.0". */
#define INFEXT_VERSION_STRING "1.0.0"
/** True when the headers are at least version MAJOR.MINOR.PATCH. */
#define INFEXT_AT_LEAST_VERSION(major, minor, patch)                           \
    (INFEXT_VERSION_NUMBER >= (((major) << 16) | ((minor) << 8) | (patch)))

/**
 * Version of the library actually loaded, as text ("1.0.0").
 *
 * This can differ from #INFEXT_VERSION_STRING when a program built against
 * older headers runs with a newer shared library.
 *
 * @return a static string; never NULL. Thread-safe.
 */
INFEXT_API const char *infext_version(void);

/**
 * Version of the library actually loaded, as 0xMMmmpp.
 * @return the run-time version number. Thread-safe.
 */
INFEXT_API unsigned int infext_version_number(void);

/**
 * Status codes, from one table: the enum, infext_status_name() and
 * infext_strerror() are all generated from it. Values are explicit and never
 * reused; a retired code keeps its number.
 */
#define INFEXT_STATUS_TABLE(X)                                                 \
    X(OK, 0, "success")                                                        \
    X(ENOMEM, -1, "out of memory")                                             \
    X(EPARSE, -2, "input could not be parsed")                                 \
    X(EINVAL, -3, "invalid argument")                                          \
    X(EVALIDATION, -4, "validation failed")                                    \
    X(ELOSSY, -5, "conversion would lose data")                                \
    X(ENOTFOUND, -6, "not found")                                              \
    X(EABI, -7, "plugin ABI version mismatch")                                 \
    X(EIO, -8, "input/output error")                                           \
    X(ETYPE, -9, "value of the wrong type")                                    \
    X(EKIND, -10, "unknown or missing apiVersion/kind")                        \
    X(ELIMIT, -11, "decoder limit exceeded")                                   \
    X(ECONFIG, -12, "invalid configuration")                                   \
    X(ENOENDPOINT, -13, "no endpoint left to pick")                            \
    X(EUNKNOWN, -14, "unknown field")

/** Result of every fallible call. 0 is success, every failure is negative. */
typedef enum infext_status {
/** @cond INTERNAL */
#define INFEXT_STATUS_ENUM_(name, value, text) INFEXT_##name = (value),
    INFEXT_STATUS_TABLE(INFEXT_STATUS_ENUM_)
#undef INFEXT_STATUS_ENUM_
    /** @endcond */
    INFEXT_STATUS_LAST_ = -15 /**< one below the lowest code; not a status */
} infext_status;

/**
 * A short English sentence for a status code.
 * @param status any value; unknown values give "unknown status".
 * @return a static string; never NULL. Thread-safe.
 */
INFEXT_API const char *infext_strerror(infext_status status);

/**
 * The symbolic name of a status code without its prefix ("EPARSE").
 * @param status any value; unknown values give "UNKNOWN".
 * @return a static string; never NULL. Thread-safe.
 */
INFEXT_API const char *infext_status_name(infext_status status);

/**
 * Release a buffer the library allocated and handed to the caller (an
 * encoded document, a JSON text). NULL is allowed and does nothing.
 * Thread-safe.
 */
INFEXT_API void infext_free(void *ptr);

/** How serious a diagnostic is. */
typedef enum infext_severity {
    INFEXT_SEVERITY_ERROR = 0,   /**< the operation failed or the object is invalid */
    INFEXT_SEVERITY_WARNING = 1, /**< the operation went on; something was changed or dropped */
} infext_severity;

/**
 * Error types, worded as the Kubernetes API server's field errors.
 * infext_error_type_name() gives the server's text ("Required value", ...).
 */
typedef enum infext_error_type {
    INFEXT_ERR_REQUIRED = 0,      /**< a required field is missing */
    INFEXT_ERR_INVALID = 1,       /**< a value breaks a rule */
    INFEXT_ERR_NOT_SUPPORTED = 2, /**< a value is not in the allowed set */
    INFEXT_ERR_TOO_LONG = 3,      /**< a string or map is too long */
    INFEXT_ERR_TOO_MANY = 4,      /**< a list or map has too many entries */
    INFEXT_ERR_DUPLICATE = 5,     /**< a key appears twice */
    INFEXT_ERR_TYPE_INVALID = 6,  /**< a value has the wrong JSON type */
    INFEXT_ERR_FORBIDDEN = 7,     /**< a field may not be set */
    INFEXT_ERR_UNKNOWN = 8,       /**< a member is not in the schema */
    INFEXT_ERR_SYNTAX = 9,        /**< the text could not be parsed */
    INFEXT_ERR_INTERNAL = 10,     /**< anything else (out of memory, I/O) */
} infext_error_type;

/**
 * Short name of an error type, as the API server prints it ("Required value",
 * "Invalid value", "Unsupported value", "Too long", "Too many",
 * "Duplicate value", "Invalid value" for type errors, "Forbidden",
 * "field not declared in schema", "Syntax error", "Internal error").
 * @return a static string; never NULL. Thread-safe.
 */
INFEXT_API const char *infext_error_type_name(infext_error_type type);

/**
 * Stable identifier of an error type for machine output: "Required",
 * "Invalid", "NotSupported", "TooLong", "TooMany", "Duplicate",
 * "TypeInvalid", "Forbidden", "Unknown", "Syntax", "Internal".
 * @return a static string; never NULL. Thread-safe.
 */
INFEXT_API const char *infext_error_type_id(infext_error_type type);

/**
 * A list of diagnostics that a caller passes to library calls to learn why
 * they failed. Opaque; one list may collect the results of several calls.
 * A list must not be used from two threads at once.
 */
typedef struct infext_diags infext_diags;

/**
 * Create an empty diagnostics list.
 * @param[out] out receives the new list, owned by the caller (free it with
 *                 infext_diags_free()).
 * @return INFEXT_OK, INFEXT_EINVAL if @p out is NULL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_diags_new(infext_diags **out);

/** Free a diagnostics list and every string it holds. NULL is a no-op. */
INFEXT_API void infext_diags_free(infext_diags *diags);

/** Remove every entry, keeping the list usable. NULL is a no-op. */
INFEXT_API void infext_diags_clear(infext_diags *diags);

/** Number of entries; 0 for NULL. */
INFEXT_API size_t infext_diags_count(const infext_diags *diags);

/** Number of entries of severity #INFEXT_SEVERITY_ERROR; 0 for NULL. */
INFEXT_API size_t infext_diags_error_count(const infext_diags *diags);

/** One entry of a diagnostics list; borrowed from the list. */
typedef struct infext_diag infext_diag;

/**
 * Entry @p index of the list.
 * @return a borrowed pointer valid until the list is cleared or freed, or
 *         NULL when @p index is out of range or @p diags is NULL.
 */
INFEXT_API const infext_diag *infext_diags_at(const infext_diags *diags,
                                              size_t index);

/** Severity of a diagnostic (#INFEXT_SEVERITY_ERROR for NULL). */
INFEXT_API infext_severity infext_diag_severity(const infext_diag *diag);

/** Error type of a diagnostic (#INFEXT_ERR_INTERNAL for NULL). */
INFEXT_API infext_error_type infext_diag_type(const infext_diag *diag);

/**
 * Field path in the API server's form ("spec.targetPorts[1].number");
 * "" for the document root.
 * @return a borrowed string; never NULL ("" for a NULL diag).
 */
INFEXT_API const char *infext_diag_path(const infext_diag *diag);

/**
 * The message, worded as the API server words it where one exists.
 * @return a borrowed string; never NULL ("" for a NULL diag).
 */
INFEXT_API const char *infext_diag_message(const infext_diag *diag);

/** Source line, counted from 1; 0 when unknown. */
INFEXT_API unsigned int infext_diag_line(const infext_diag *diag);

/** Source column, counted from 1; 0 when unknown. */
INFEXT_API unsigned int infext_diag_column(const infext_diag *diag);

/**
 * Format a diagnostic as one line: "LINE:COL: PATH: MESSAGE" (position and
 * path left out when unknown or empty).
 * @param[out] out receives a NUL-terminated string owned by the caller
 *                 (release with infext_free()).
 * @return INFEXT_OK, INFEXT_EINVAL, INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_diag_format(char **out, const infext_diag *diag);

/**
 * Append a diagnostic. Plugins and hosts use this to report their own
 * findings through the same channel as the library.
 * @param diags the list; NULL makes the call a no-op returning INFEXT_OK.
 * @param path field path, copied; NULL means "".
 * @param message copied; NULL means "".
 * @param line,column source position, 0 when unknown.
 * @return INFEXT_OK or INFEXT_ENOMEM.
 */
INFEXT_API infext_status infext_diags_add(infext_diags *diags,
                                          infext_severity severity,
                                          infext_error_type type,
                                          const char *path, const char *message,
                                          unsigned int line,
                                          unsigned int column);

#ifdef __cplusplus
}
#endif

#endif /* INFEXT_COMMON_H */
