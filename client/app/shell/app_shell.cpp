#include "app_shell.h"

#include "app_settings.h"
#include "session.h"
#include "sync_controller.h"

#include "custos/sqldb/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Custos_UiPlugin)
Q_IMPORT_QML_PLUGIN(Custos_SessionPlugin)
Q_IMPORT_QML_PLUGIN(Custos_SyncPlugin)
Q_IMPORT_QML_PLUGIN(Custos_VisitsPlugin)
Q_IMPORT_QML_PLUGIN(Custos_PhotosPlugin)
Q_IMPORT_QML_PLUGIN(Custos_ChecklistPlugin)
Q_IMPORT_QML_PLUGIN(Custos_VisitPlugin)
Q_IMPORT_QML_PLUGIN(Custos_InterviewsPlugin)
Q_IMPORT_QML_PLUGIN(Custos_FindingsPlugin)
Q_IMPORT_QML_PLUGIN(Custos_SettingsPlugin)
Q_IMPORT_QML_PLUGIN(Custos_ReviewPlugin)
Q_IMPORT_QML_PLUGIN(Custos_AppPlugin)

namespace custos::app {

AppShell::AppShell(AppOptions options) : options_(std::move(options)) {}

AppShell::~AppShell() {
    // Tear down in reverse: the window first, then sync (its thread uses the store), then the
    // session that owns the store.
    engine_.reset();
    SyncController::setInstance(nullptr);
    sync_.reset();
    Session::setInstance(nullptr);
    session_.reset();
    AppSettings::setInstance(nullptr);
    settings_.reset();
}

QString AppShell::load() {
    if (auto cipher = sqldb::ensureSqlCipher(); !cipher.ok())
        return QString::fromStdString(cipher.error().message);

    SessionConfig config;
    config.dataDir = options_.dataDir.isEmpty()
                         ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                         : options_.dataDir;
    config.defaultServer = options_.server;
    config.defaultCode = options_.enrolmentCode;
    if (!options_.caCertFile.isEmpty()) {
        QFile ca(options_.caCertFile);
        if (!ca.open(QIODevice::ReadOnly))
            return QCoreApplication::translate("AppShell", "Cannot read the CA certificate %1")
                .arg(options_.caCertFile);
        config.caCertificatePem = QString::fromUtf8(ca.readAll());
    }

    // Language and theme first: the very first screen must already be in the right language,
    // direction and colours. The command line wins over the saved choice for this run only.
    settings_ = std::make_unique<AppSettings>(
        QDir(config.dataDir).filePath(QStringLiteral("settings.ini")));
    settings_->overrideLanguage(options_.language);
    settings_->overrideTheme(options_.theme);
    settings_->apply();
    AppSettings::setInstance(settings_.get());

    session_ = std::make_unique<Session>(config);
    Session::setInstance(session_.get());
    sync_ = std::make_unique<SyncController>(*session_);
    sync_->setIntervalSeconds(options_.syncIntervalSeconds);
    SyncController::setInstance(sync_.get());

    QQuickStyle::setStyle(QStringLiteral("Material"));
    engine_ = std::make_unique<QQmlApplicationEngine>();
    engine_->addImportPath(QStringLiteral("qrc:/"));
    engine_->load(QUrl(QStringLiteral("qrc:/Custos/App/Main.qml")));
    if (engine_->rootObjects().isEmpty())
        return QCoreApplication::translate("AppShell", "The user interface failed to load.");
    followSettings();
    return {};
}

void AppShell::followSettings() {
    // Auto-lock delay.
    session_->setAutoLockSeconds(settings_->autoLockMinutes() * 60);
    QObject::connect(settings_.get(), &AppSettings::autoLockMinutesChanged, session_.get(),
                     [this] { session_->setAutoLockSeconds(settings_->autoLockMinutes() * 60); });
    // Language: AppSettings swaps the translator and the layout direction; every qsTr binding
    // is then re-evaluated.
    QObject::connect(settings_.get(), &AppSettings::languageChanged, engine_.get(),
                     &QQmlEngine::retranslate);
    // Theme: the Custos.Ui Theme singleton stays free of app dependencies (component tests use
    // it alone), so its mode is set from here. It is a QML file, so it is reached through QML.
    QQmlComponent reader(engine_.get());
    reader.setData("import QtQml\nimport Custos.Ui\nQtObject { property var theme: Theme }",
                   QUrl());
    const std::unique_ptr<QObject> holder(reader.create());
    auto* theme = holder ? holder->property("theme").value<QObject*>() : nullptr;
    if (!theme)
        return;
    theme->setProperty("mode", settings_->theme());
    QObject::connect(settings_.get(), &AppSettings::themeChanged, theme,
                     [this, theme] { theme->setProperty("mode", settings_->theme()); });
}

QQuickWindow* AppShell::window() const {
    if (!engine_ || engine_->rootObjects().isEmpty())
        return nullptr;
    return qobject_cast<QQuickWindow*>(engine_->rootObjects().constFirst());
}

QStringList AppShell::selfTest() const {
    QStringList problems;
    QDirIterator files(QStringLiteral(":/Custos"), {QStringLiteral("*.qml")}, QDir::Files,
                       QDirIterator::Subdirectories);
    int checked = 0;
    while (files.hasNext()) {
        const QString path = files.next();
        QQmlComponent component(engine_.get(), QUrl(QStringLiteral("qrc") + path));
        ++checked;
        if (component.isError())
            for (const auto& error : component.errors())
                problems << error.toString();
    }
    if (checked == 0)
        problems << QStringLiteral("no QML files found in the resources");
    return problems;
}

AppOptions parseAppOptions() {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Custos — detention monitoring visits"));
    parser.addHelpOption();
    QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("main", "Folder for the encrypted database."),
        QStringLiteral("dir"));
    QCommandLineOption server(QStringLiteral("server"),
                              QCoreApplication::translate("main", "Server address to enrol with."),
                              QStringLiteral("host:port"));
    QCommandLineOption ca(
        QStringLiteral("ca-cert"),
        QCoreApplication::translate("main", "CA certificate (PEM) to trust for the server."),
        QStringLiteral("file"));
    QCommandLineOption selfTest(
        QStringLiteral("self-test"),
        QCoreApplication::translate("main", "Load every screen, report problems and exit."));
    QCommandLineOption code(QStringLiteral("enrolment-code"),
                            QCoreApplication::translate("main", "Enrolment code to pre-fill."),
                            QStringLiteral("code"));
    QCommandLineOption language(
        QStringLiteral("language"),
        QCoreApplication::translate(
            "main", "Language of the screens: en, fr or ar (default: the saved choice, else the "
                    "system language; unsupported languages show English)."),
        QStringLiteral("code"));
    QCommandLineOption theme(
        QStringLiteral("theme"),
        QCoreApplication::translate("main", "Colours: light, dark or contrast (bright light); "
                                            "default: the saved choice, else light."),
        QStringLiteral("name"));
    parser.addOptions({dataDir, server, ca, code, selfTest, language, theme});
    parser.process(*QCoreApplication::instance());
    AppOptions options;
    options.dataDir = parser.value(dataDir);
    options.server = parser.value(server);
    options.caCertFile = parser.value(ca);
    options.selfTest = parser.isSet(selfTest);
    options.enrolmentCode = parser.value(code);
    options.language = parser.value(language);
    options.theme = parser.value(theme);
    return options;
}

} // namespace custos::app
