#pragma once
// ReviewService: coordinators' cycle overview, facility trend, recommendation follow-up and
// exports, built from the figures storage keeps (server/aggregate).

#include "custos/service/server.h"
#include "custos/storage/storage.h"

#include "custos/v1/review.grpc.pb.h"

namespace custos::service {

/// The review RPCs on the callback API. Coordinators only.
class ReviewServiceImpl final : public v1::ReviewService::CallbackService {
public:
    ReviewServiceImpl(storage::Storage& storage, int suppressionK)
        : storage_(storage), k_(suppressionK) {}

    grpc::ServerUnaryReactor* CycleOverview(grpc::CallbackServerContext* context,
                                            const v1::CycleOverviewRequest* request,
                                            v1::CycleOverviewResponse* response) override;
    grpc::ServerUnaryReactor* FacilityTrend(grpc::CallbackServerContext* context,
                                            const v1::FacilityTrendRequest* request,
                                            v1::FacilityTrendResponse* response) override;
    grpc::ServerUnaryReactor*
    RecommendationFollowUp(grpc::CallbackServerContext* context,
                           const v1::RecommendationFollowUpRequest* request,
                           v1::RecommendationFollowUpResponse* response) override;
    grpc::ServerWriteReactor<v1::ExportChunk>* Export(grpc::CallbackServerContext* context,
                                                      const v1::ExportRequest* request) override;
    /// One visit's dossier (custos/aggregate/visit_dossier.h) in the requested language.
    grpc::ServerUnaryReactor* VisitDossier(grpc::CallbackServerContext* context,
                                           const v1::VisitDossierRequest* request,
                                           v1::VisitDossierResponse* response) override;

private:
    grpc::Status cycleOverview(const v1::CycleOverviewRequest& request,
                               v1::CycleOverviewResponse& response);
    grpc::Status facilityTrend(const v1::FacilityTrendRequest& request,
                               v1::FacilityTrendResponse& response);
    grpc::Status followUp(const v1::RecommendationFollowUpRequest& request,
                          v1::RecommendationFollowUpResponse& response);

    storage::Storage& storage_;
    int k_;
};

} // namespace custos::service
