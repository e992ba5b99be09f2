#pragma once
// Domain <-> protobuf mapping. Generated types stop here: the sync engine and the gRPC services
// convert at their boundary and work with custos_core types inside.

#include "custos/core/change.h"
#include "custos/core/checklist.h"
#include "custos/core/entities.h"
#include "custos/core/observation.h"
#include "custos/core/result.h"
#include "custos/core/visit_dossier.h"

#include "custos/v1/checklist.pb.h"
#include "custos/v1/enrollment.pb.h"
#include "custos/v1/entities.pb.h"
#include "custos/v1/records.pb.h"
#include "custos/v1/review.pb.h"
#include "custos/v1/sync.pb.h"

#include <optional>

namespace custos::protomap {

void toProto(const Facility& in, v1::Facility* out);
void toProto(const VisitCycle& in, v1::VisitCycle* out);
void toProto(const Visit& in, v1::Visit* out);
void toProto(const ChecklistTemplate& in, v1::ChecklistTemplate* out);
void toProto(const Observation& in, v1::Observation* out);
[[nodiscard]] v1::Role toProto(Role role);

[[nodiscard]] Facility fromProto(const v1::Facility& in);
[[nodiscard]] VisitCycle fromProto(const v1::VisitCycle& in);
[[nodiscard]] Visit fromProto(const v1::Visit& in);
[[nodiscard]] ChecklistTemplate fromProto(const v1::ChecklistTemplate& in);
/// Observations come from devices, so unknown enum values are an error, not a default.
[[nodiscard]] Result<Observation> fromProto(const v1::Observation& in);
[[nodiscard]] Role fromProto(v1::Role role);

/// Single records outside an operation or change (review answers).
void toProto(const Recommendation& in, v1::Recommendation* out);
void toProto(const RecommendationUpdate& in, v1::RecommendationUpdate* out);
[[nodiscard]] Result<Recommendation> fromProto(const v1::Recommendation& in);
[[nodiscard]] Result<RecommendationUpdate> fromProto(const v1::RecommendationUpdate& in);

void toProto(const Finding& in, v1::Finding* out);
void toProto(const Interview& in, v1::Interview* out);
[[nodiscard]] Result<Finding> fromProto(const v1::Finding& in);
[[nodiscard]] Result<Interview> fromProto(const v1::Interview& in);

/// Puts a record into an operation's or a change's oneof.
void toProto(const VisitRecord& in, v1::Operation* out);
void toProto(const VisitRecord& in, v1::Change* out);
/// The record an operation or change carries: nullopt if it carries none, an error if its enums
/// are unknown or missing.
[[nodiscard]] std::optional<Result<VisitRecord>> recordFromProto(const v1::Operation& in);
[[nodiscard]] std::optional<Result<VisitRecord>> recordFromProto(const v1::Change& in);

/// A whole change of the feed, whatever it carries.
void toProto(const Change& in, v1::Change* out);
/// Decodes a pulled change; an unknown kind is an error asking for an app update.
[[nodiscard]] Result<Change> fromProto(const v1::Change& in);

/// A visit's dossier (ReviewService.VisitDossier; proto/mapping/src/dossier_mapping.cpp). The
/// client decodes what the server assembled; unknown record enums are an error.
void toProto(const VisitDossier& in, v1::VisitDossierResponse* out);
[[nodiscard]] Result<VisitDossier> fromProto(const v1::VisitDossierResponse& in);

} // namespace custos::protomap
