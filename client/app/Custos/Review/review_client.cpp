#include "review_client.h"

#include "dossier_rows.h"
#include "session.h"
#include "visit_workspace.h"

#include "review_connection.h"

#include "custos/proto/mapping.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QLocale>
#include <QPointer>

namespace custos::app {

namespace {

std::string str(const QVariant& value) {
    return value.toString().toStdString();
}

} // namespace

ReviewClient::ReviewClient(QObject* parent)
    : QObject(parent), language_(QLocale().name().left(2)),
      calls_(std::make_shared<CallsInFlight>()) {
    pool_.setMaxThreadCount(2); // a screen's view and a report being saved
    // Installing a translator sends LanguageChange to the application object.
    if (auto* app = QCoreApplication::instance())
        app->installEventFilter(this);
}

bool ReviewClient::eventFilter(QObject* watched, QEvent* event) {
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange) {
        language_ = QLocale().name().left(2);
        connection_.reset(); // theme titles and indicator names are per language
        emit languageChanged();
        if (lastView_)
            run(lastView_);
    }
    return QObject::eventFilter(watched, event);
}

ReviewClient::~ReviewClient() {
    calls_->cancelAll(); // so that pool_'s destructor, which waits for its threads, is brief
}

Session* ReviewClient::session() const {
    return Session::instance();
}

void ReviewClient::setLanguage(const QString& language) {
    if (language_ == language || language.isEmpty())
        return;
    language_ = language;
    connection_.reset(); // titles are per language
    emit languageChanged();
}

void ReviewClient::setError(const QString& error) {
    if (error_ == error)
        return;
    error_ = error;
    emit errorChanged();
}

QVariantList ReviewClient::cycles() const {
    QVariantList out;
    auto* s = session();
    if (!s || !s->store())
        return out;
    if (auto cycles = s->store()->cycles())
        for (const auto& cycle : *cycles)
            out.append(
                QVariantMap{{QStringLiteral("id"), QString::fromStdString(cycle.id)},
                            {QStringLiteral("name"), QString::fromStdString(cycle.name)},
                            {QStringLiteral("period"),
                             QString::fromStdString(cycle.periodStart + " – " + cycle.periodEnd)}});
    return out;
}

QVariantList ReviewClient::facilities() const {
    QVariantList out;
    auto* s = session();
    if (!s || !s->store())
        return out;
    if (auto facilities = s->store()->facilities())
        for (const auto& facility : *facilities)
            out.append(
                QVariantMap{{QStringLiteral("id"), QString::fromStdString(facility.id)},
                            {QStringLiteral("name"), QString::fromStdString(facility.name)}});
    return out;
}

QVariantList ReviewClient::choices(const QString& list) const {
    return VisitWorkspace::choiceList(list);
}

QVariantList ReviewClient::facilityTypes() const {
    QVariantList out{
        QVariantMap{{QStringLiteral("key"), 0}, {QStringLiteral("label"), tr("All types")}}};
    const std::pair<int, QString> types[] = {
        {v1::FACILITY_TYPE_PRISON, tr("Prison")},
        {v1::FACILITY_TYPE_REMAND_CENTRE, tr("Remand centre")},
        {v1::FACILITY_TYPE_POLICE_STATION, tr("Police station")},
        {v1::FACILITY_TYPE_IMMIGRATION, tr("Immigration detention")},
        {v1::FACILITY_TYPE_PSYCHIATRIC, tr("Psychiatric institution")},
        {v1::FACILITY_TYPE_JUVENILE, tr("Juvenile centre")},
        {v1::FACILITY_TYPE_SOCIAL_CARE, tr("Social care home")},
        {v1::FACILITY_TYPE_OTHER, tr("Other")}};
    for (const auto& [key, label] : types)
        out.append(QVariantMap{{QStringLiteral("key"), key}, {QStringLiteral("label"), label}});
    return out;
}

void ReviewClient::run(Call call, bool view) {
    if (view)
        lastView_ = call;
    auto* s = session();
    const auto enrolment = s ? s->enrolment() : std::nullopt;
    if (!s || !s->store() || !enrolment) {
        setError(tr("Unlock the app to review."));
        return;
    }
    if (!connection_) {
        // Names and titles come from the store (synced reference data), read here on the UI
        // thread; the worker only reads this copy.
        auto connection = std::make_shared<ReviewConnection>();
        connection->stub = v1::ReviewService::NewStub(
            sync::openServerChannel(enrolment->serverAddress, enrolment->caCertificatePem));
        connection->credential = enrolment->credential;
        connection->calls = calls_; // shared by the connections a language change replaces
        auto& words = connection->words;
        words.language = language_.toStdString();
        if (auto checklists = s->store()->latestChecklists())
            for (const auto& checklist : *checklists) {
                for (const auto& section : checklist.sections)
                    words.themeTitles.emplace(
                        section.key, QString::fromStdString(section.title.in(words.language)));
                for (const auto& indicator : checklist.indicators) {
                    words.indicatorNames.emplace(
                        indicator.key, QString::fromStdString(indicator.label.in(words.language)));
                    words.indicatorUnits.emplace(indicator.key, indicator.unit);
                }
            }
        if (auto facilities = s->store()->facilities())
            for (const auto& facility : *facilities)
                words.facilityNames.emplace(facility.id, QString::fromStdString(facility.name));
        if (auto cycles = s->store()->cycles())
            for (const auto& cycle : *cycles)
                words.cycleNames.emplace(cycle.id, QString::fromStdString(cycle.name));
        connection_ = std::move(connection);
    }
    const quint64 generation = ++generation_;
    ++pending_;
    emit busyChanged();
    QPointer<ReviewClient> self(this);
    auto connection = connection_;
    pool_.start([self, connection, call = std::move(call), generation] {
        QElapsedTimer timer;
        timer.start();
        QString error;
        QVariantMap result = call(*connection, error);
        const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        QMetaObject::invokeMethod(
            self.data(),
            [self, result = std::move(result), error, generation, ms] {
                if (!self)
                    return;
                --self->pending_;
                emit self->busyChanged();
                if (generation != self->generation_)
                    return; // a newer request is on its way; this answer is stale
                self->setError(error);
                if (!error.isEmpty())
                    return;
                self->result_ = result;
                self->lastLoadMs_ = ms;
                emit self->resultChanged();
            },
            Qt::QueuedConnection);
    });
}

void ReviewClient::loadOverview(const QString& cycleId, const QString& sortBy, bool descending,
                                int facilityType, const QString& region) {
    v1::CycleOverviewRequest request;
    request.set_cycle_id(cycleId.toStdString());
    request.set_sort_by(sortBy.toStdString());
    request.set_descending(descending);
    request.set_facility_type(static_cast<v1::FacilityType>(facilityType));
    request.set_region(region.toStdString());
    run([request](ReviewConnection& connection, QString& error) {
        grpc::ClientContext context;
        const auto inFlight = connection.prepare(context);
        v1::CycleOverviewResponse response;
        const auto status = connection.stub->CycleOverview(&context, request, &response);
        if (!status.ok()) {
            error = describe(status);
            return QVariantMap{};
        }
        return review::overviewToQml(response, connection.words);
    });
}

void ReviewClient::loadTrend(const QString& facilityId) {
    v1::FacilityTrendRequest request;
    request.set_facility_id(facilityId.toStdString());
    run([request](ReviewConnection& connection, QString& error) {
        grpc::ClientContext context;
        const auto inFlight = connection.prepare(context);
        v1::FacilityTrendResponse response;
        const auto status = connection.stub->FacilityTrend(&context, request, &response);
        if (!status.ok()) {
            error = describe(status);
            return QVariantMap{};
        }
        return review::trendToQml(response, connection.words);
    });
}

void ReviewClient::loadFollowUp(const QVariantMap& filter) {
    v1::RecommendationFollowUpRequest request;
    request.set_facility_id(str(filter.value(QStringLiteral("facilityId"))));
    request.set_cycle_id(str(filter.value(QStringLiteral("cycleId"))));
    request.set_addressee(str(filter.value(QStringLiteral("addressee"))).empty()
                              ? std::string()
                              : str(filter.value(QStringLiteral("addressee"))));
    request.set_priority(
        static_cast<v1::Priority>(filter.value(QStringLiteral("priority")).toInt()));
    request.set_status(
        static_cast<v1::RecommendationStatus>(filter.value(QStringLiteral("status")).toInt()));
    request.set_overdue_only(filter.value(QStringLiteral("overdueOnly")).toBool());
    request.set_limit(filter.value(QStringLiteral("limit")).toInt());
    run([request](ReviewConnection& connection, QString& error) {
        grpc::ClientContext context;
        const auto inFlight = connection.prepare(context);
        v1::RecommendationFollowUpResponse response;
        const auto status = connection.stub->RecommendationFollowUp(&context, request, &response);
        if (!status.ok()) {
            error = describe(status);
            return QVariantMap{};
        }
        return review::followUpToQml(response, connection.words);
    });
}

std::optional<VisitDossier> fetchDossier(ReviewConnection& connection, const QString& visitId,
                                         const std::string& language, QString& error) {
    v1::VisitDossierRequest request;
    request.set_visit_id(visitId.toStdString());
    request.set_language(language == "fr" ? "fr" : "en");
    grpc::ClientContext context;
    const auto inFlight = connection.prepare(context);
    v1::VisitDossierResponse response;
    const auto status = connection.stub->VisitDossier(&context, request, &response);
    if (!status.ok()) {
        error = describe(status);
        return std::nullopt;
    }
    auto dossier = protomap::fromProto(response);
    if (!dossier) {
        error = QString::fromStdString(dossier.error().message);
        return std::nullopt;
    }
    return std::move(*dossier);
}

void ReviewClient::loadDossier(const QString& visitId) {
    run([visitId](ReviewConnection& connection, QString& error) {
        // The connection's language, not the one at the first call: a language change makes
        // this call again with a new connection.
        const auto dossier = fetchDossier(connection, visitId, connection.words.language, error);
        return dossier ? review::dossierToQml(*dossier) : QVariantMap{};
    });
}

} // namespace custos::app
