#pragma once
// What a ReviewClient call runs with on the worker thread: the stub, the device credential and
// the words the screens use, all captured on the UI thread (review_client.cpp).

#include "review_rows.h"

#include "custos/core/visit_dossier.h"
#include "custos/sync/grpc_errors.h"
#include "custos/sync/server_channel.h"
#include "custos/v1/review.grpc.pb.h"

#include <QString>

#include <memory>
#include <optional>
#include <string>

namespace custos::app {

/// The server and the device's credential, captured on the UI thread for the worker.
struct ReviewConnection {
    std::unique_ptr<v1::ReviewService::Stub> stub;
    std::string credential;
    review::Vocabulary words;

    void prepare(grpc::ClientContext& context) const {
        // Review answers are small (the overview of 500 facilities is ~1 MB); a call that takes
        // longer than this is a broken link, and the screen says so.
        sync::prepareCall(context, credential, std::chrono::seconds(20));
    }
};

/// A failed call in words a coordinator can act on.
inline QString describe(const grpc::Status& status) {
    return QString::fromStdString(sync::fromGrpcStatus(status).message);
}

/// One visit's dossier in "en" or "fr" (the visit review and the report both start here);
/// nullopt with `error` set when the call or the decoding fails.
[[nodiscard]] std::optional<VisitDossier> fetchDossier(ReviewConnection& connection,
                                                       const QString& visitId,
                                                       const std::string& language, QString& error);

} // namespace custos::app
