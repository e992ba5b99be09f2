// What a coordinator changes from review mode: records written to the encrypted store and
// synced like any other change (audited on the server, kept if the link is lost).
#include "review_client.h"
#include "session.h"

#include "custos/core/records.h"

namespace custos::app {

QString ReviewClient::markReviewed(const QString& visitId) {
    auto* s = session();
    if (!s || !s->store())
        return tr("Unlock the app to review.");
    VisitStatusChange change;
    change.header.visitId = visitId.toStdString();
    change.status = VisitStatus::Reviewed;
    auto saved = s->store()->saveRecord(std::move(change));
    if (!saved)
        return describeWriteFailure(saved.error());
    s->notifyLocalChange();
    return {};
}

bool ReviewClient::reviewPending(const QString& visitId) const {
    auto* s = session();
    if (!s || !s->store())
        return false;
    auto pending = s->store()->pendingStatusChange(visitId.toStdString());
    return pending && pending->has_value() && (*pending)->status == VisitStatus::Reviewed;
}

QString ReviewClient::changeRecommendationStatus(const QString& recommendationId,
                                                 const QString& status, const QString& evidence) {
    auto* s = session();
    if (!s || !s->store())
        return tr("Unlock the app to review.");
    const auto parsed = enumFromString<RecommendationStatus>(status.toStdString());
    if (!parsed)
        return tr("Choose where the recommendation stands.");
    if (evidence.trimmed().isEmpty())
        return tr("Say what the new status rests on (a document, a visit, the authority's "
                  "answer).");
    RecommendationUpdate update;
    update.recommendationId = recommendationId.toStdString();
    update.status = *parsed;
    update.evidence = evidence.trimmed().toStdString();
    // No visit: a coordinator records this from the office (design §5 allows it).
    auto saved = s->store()->saveRecord(std::move(update));
    if (!saved)
        return describeWriteFailure(saved.error());
    s->notifyLocalChange();
    return {};
}

QVariantMap ReviewClient::pendingRecommendationStatuses() const {
    QVariantMap out;
    auto* s = session();
    if (!s || !s->store())
        return out;
    auto pending = s->store()->pendingOps(10000);
    if (!pending)
        return out;
    for (const auto& op : *pending)
        if (const auto* record = std::get_if<VisitRecord>(&op.payload))
            if (const auto* update = std::get_if<RecommendationUpdate>(record))
                out.insert(QString::fromStdString(update->recommendationId),
                           QString::fromStdString(std::string(toString(update->status))));
    return out;
}

} // namespace custos::app
