/* Fixtures shared by the scheduler tests (test_scheduler*.c): endpoints,
 * requests, configs and schedulers built in one call, each failing the test
 * when the library refuses. */
#ifndef INFEXT_TEST_SCHED_FIXTURES_H
#define INFEXT_TEST_SCHED_FIXTURES_H

#include "support.h"

#include "infext/scheduler.h"

/* The first lines of every EndpointPickerConfig the tests write. */
#define CONFIG_HEAD "apiVersion: inference.networking.x-k8s.io/v1alpha1\nkind: EndpointPickerConfig\n"

/* Endpoint ns/<name> with a waiting queue and a KV-cache usage. */
infext_endpoint *test_endpoint(const char *name, int64_t queue, double kv);

/* Endpoint ns/<name> with the llm-d.ai/role label `role` (none for NULL)
 * and a waiting queue. */
infext_endpoint *test_ep(const char *name, const char *role, int64_t queue);

/* Free eps[0..n-1]. */
void test_free_endpoints(infext_endpoint **eps, size_t n);

/* A request with an id, a model and, unless NULL, a prompt. */
infext_request *test_request(const char *id, const char *model, const char *prompt);

/* Decode an inference.networking.x-k8s.io EndpointPickerConfig; fails the
 * test, with the diagnostics, when it does not decode. */
infext_v1alpha1_endpoint_picker_config *test_config_text(const char *text);

/* Build a scheduler seeded with `seed` from `yaml` (NULL: the default set)
 * and `reg`; fails the test, with the diagnostics, when it does not build. */
infext_scheduler *test_scheduler(const char *yaml, infext_registry *reg, uint64_t seed);

/* The endpoints of examples/endpoints.json, and the request of
 * examples/<file>. */
infext_endpoint_list *test_example_endpoints(void);
infext_request *test_example_request(const char *file);

/* Build from `obj` (freed) with infext_scheduler_new_from_object(), seeded
 * with 7; the status and the rendered diagnostics must be `want` and
 * `diags_want` (else the test fails, naming `what`). */
infext_scheduler *test_build_from(infext_object *obj, infext_status want, const char *diags_want,
                                  const char *what);

/* test_build_from() of YAML text, which must build without a diagnostic. */
infext_scheduler *test_build(const char *yaml);

/* test_build() of tests/data/scheduler/llm-d/<name>. */
infext_scheduler *test_build_file(const char *name);

/* "profile=ep,ep;profile=..." (endpoint names) for the profiles of `r`
 * that ran, the primary one marked with a leading '*'; returns the length
 * written. */
size_t test_outcome(char *out, size_t size, const infext_result *r);

/* Schedule a request (model "m") with `id` and `prompt` over eps[0..n-1]:
 * the status must be `want_st` and the outcome `want` ("profile=ep,ep;
 * profile=..." for the profiles that ran, the primary one marked with a
 * leading '*'); on success the pre-request hooks run. */
void test_schedule(const infext_scheduler *s, infext_workspace *ws, infext_endpoint **eps,
                   size_t n, const char *id, const char *prompt, infext_status want_st,
                   const char *want);

/* Build `yaml` with every allocation failing in turn: each attempt gives
 * ENOMEM or ECONFIG (a finding that could not be kept) and no scheduler,
 * until one builds. */
void test_build_under_failures(const char *yaml);

/* A malloc'ed prompt of `n` bytes ("a", "b", ... repeating). */
char *test_prompt_of(size_t n);

#endif
