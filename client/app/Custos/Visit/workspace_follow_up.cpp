// Follow-up of recommendations: those made at this facility on earlier visits, where they stand,
// and the status updates a team records while it is there to check.
#include "visit_workspace.h"

#include "custos/core/answer_resolution.h"

#include <QDate>

namespace custos::app {
namespace {

QString qs(const std::string& text) {
    return QString::fromStdString(text);
}

} // namespace

void VisitWorkspace::rebuildEarlierRows(const std::vector<VisitRecord>& facilityRecords) {
    std::map<std::string, const Recommendation*> recommendations;
    std::map<std::string, const RecommendationUpdate*> updates; // latest per recommendation
    for (const auto& record : facilityRecords) {
        if (const auto* r = std::get_if<Recommendation>(&record)) {
            auto& slot = recommendations[r->header.id];
            if (!slot ||
                isLater(r->header.hlc, r->header.deviceId, slot->header.hlc, slot->header.deviceId))
                slot = r;
        } else if (const auto* u = std::get_if<RecommendationUpdate>(&record)) {
            auto& slot = updates[u->recommendationId];
            if (!slot ||
                isLater(u->header.hlc, u->header.deviceId, slot->header.hlc, slot->header.deviceId))
                slot = u;
        }
    }
    const auto statusOf = [&](const std::string& id) {
        auto it = updates.find(id);
        return it == updates.end() ? RecommendationStatus::Open : it->second->status;
    };
    const auto today = QDate::currentDate();
    const auto visit = visitId_.toStdString();

    QVector<QVariantMap> earlier;
    for (const auto& [id, r] : recommendations) {
        if (r->header.visitId == visit)
            continue;
        const auto status = statusOf(id);
        const auto update = updates.find(id);
        const bool checkedHere = update != updates.end() && update->second->header.visitId == visit;
        if (!isOpenStatus(status) && !checkedHere)
            continue; // settled on an earlier visit: nothing to check now
        const auto due = QDate::fromString(qs(r->dueDate), Qt::ISODate);
        const auto statusKey = std::string(toString(status));
        earlier.append(
            {{QStringLiteral("recordId"), qs(id)},
             {QStringLiteral("body"), qs(r->text)},
             {QStringLiteral("addressee"), qs(r->addressee)},
             {QStringLiteral("priorityLabel"),
              label(QStringLiteral("priority"), std::string(toString(r->priority)))},
             {QStringLiteral("dueDate"), qs(r->dueDate)},
             {QStringLiteral("status"), qs(statusKey)},
             {QStringLiteral("statusLabel"),
              label(QStringLiteral("recommendationStatus"), statusKey)},
             {QStringLiteral("evidence"),
              update == updates.end() ? QString{} : qs(update->second->evidence)},
             {QStringLiteral("overdue"), isOpenStatus(status) && due.isValid() && due < today},
             {QStringLiteral("checkedHere"), checkedHere},
             {QStringLiteral("visitDates"), QString{}}});
    }
    // Overdue and high priority first: what the team should ask about before anything else.
    std::stable_sort(earlier.begin(), earlier.end(),
                     [](const QVariantMap& a, const QVariantMap& b) {
                         return a.value(QStringLiteral("overdue")).toBool() >
                                b.value(QStringLiteral("overdue")).toBool();
                     });
    earlier_->setRows(std::move(earlier));

    // This visit's own recommendations show their status too.
    auto own = recommendations_->rows();
    for (auto& row : own) {
        const auto statusKey = std::string(
            toString(statusOf(row.value(QStringLiteral("recordId")).toString().toStdString())));
        row.insert(QStringLiteral("status"), qs(statusKey));
        row.insert(QStringLiteral("statusLabel"),
                   label(QStringLiteral("recommendationStatus"), statusKey));
    }
    recommendations_->setRows(std::move(own));
}

bool VisitWorkspace::updateRecommendation(const QString& recommendationId, const QString& status,
                                          const QString& evidence) {
    if (!canWrite())
        return false;
    auto parsed = enumFromString<RecommendationStatus>(status.toStdString());
    if (!parsed) {
        setError(tr("Choose where the recommendation stands."));
        return false;
    }
    RecommendationUpdate update;
    update.recommendationId = recommendationId.toStdString();
    update.status = *parsed;
    update.evidence = evidence.trimmed().toStdString();
    return !store(std::move(update)).isEmpty();
}

} // namespace custos::app
