/**
 * @file infext.h
 * @brief Umbrella header of libinfext: include this one.
 *
 * libinfext is a C library for the Kubernetes Gateway API Inference
 * Extension: typed objects for its kinds, JSON and YAML codecs, validation,
 * defaulting, version conversion and the endpoint-picker scheduling
 * framework. See docs/getting-started.md.
 */
#ifndef INFEXT_H
#define INFEXT_H

#include "infext/common.h"
#include "infext/types.h"
#include "infext/bundle.h"
#include "infext/object.h"
#include "infext/codec.h"
#include "infext/convert.h"
#include "infext/explain.h"
#include "infext/validate.h"
#include "infext/epc.h"
#include "infext/request.h"
#include "infext/endpoint.h"
#include "infext/scheduler.h"
#include "infext/metrics.h"
#include "infext/saturation.h"
#include "infext/protocol.h"

#endif /* INFEXT_H */
