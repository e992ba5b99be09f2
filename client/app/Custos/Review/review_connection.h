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
#include <mutex>
#include <optional>
#include <set>
#include <string>

namespace custos::app {

/// A screen's calls in flight, so that closing the screen cancels them rather than waiting up
/// to their deadline (the screen waits for its threads: review_client.h).
class CallsInFlight {
public:
    /// Registers a call for as long as it lives; one made after cancelAll() is cancelled at once.
    class Registration {
    public:
        Registration(CallsInFlight& calls, grpc::ClientContext& context)
            : calls_(calls), context_(context) {
            const std::lock_guard lock(calls_.mutex_);
            calls_.live_.insert(&context_);
            if (calls_.cancelled_)
                context_.TryCancel();
        }
        ~Registration() {
            const std::lock_guard lock(calls_.mutex_);
            calls_.live_.erase(&context_);
        }
        Registration(const Registration&) = delete;
        Registration& operator=(const Registration&) = delete;

    private:
        CallsInFlight& calls_;
        grpc::ClientContext& context_;
    };

    void cancelAll() {
        const std::lock_guard lock(mutex_);
        cancelled_ = true;
        for (auto* context : live_)
            context->TryCancel();
    }

private:
    std::mutex mutex_;
    std::set<grpc::ClientContext*> live_;
    bool cancelled_ = false;
};

/// The server and the device's credential, captured on the UI thread for the worker.
struct ReviewConnection {
    std::unique_ptr<v1::ReviewService::Stub> stub;
    std::string credential;
    review::Vocabulary words;
    std::shared_ptr<CallsInFlight> calls = std::make_shared<CallsInFlight>();

    /// Sets the call's credential and deadline; the call is cancellable while the result lives.
    [[nodiscard]] CallsInFlight::Registration prepare(grpc::ClientContext& context) const {
        // Review answers are small (the overview of 500 facilities is ~1 MB); a call that takes
        // longer than this is a broken link, and the screen says so.
        sync::prepareCall(context, credential, std::chrono::seconds(20));
        return {*calls, context}; // not movable: returned in place
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
