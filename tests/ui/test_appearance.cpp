// Whole-app appearance: the real app, offscreen, against a real custosd, in French, in Arabic
// (right to left), in dark mode and in high contrast. Each run saves screenshots of the unlock,
// enrolment, visit list and settings screens, and checks what a person would notice: the
// language shown, the mirrored layout, overlapping texts and the palette in use.
#include "app_driver.h"
#include "app_settings.h"
#include "app_shell.h"
#include "process.h"
#include "session.h"

#include <QApplication>
#include <QColor>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQmlExpression>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSettings>
#include <QTest>

#include <functional>

using custos::app::AppOptions;
using custos::app::AppSettings;
using custos::app::AppShell;
using custos::app::Session;
namespace testkit = custos::testkit;

namespace {

constexpr const char* kPassphrase = "a quiet harbour at dawn";

QString textOf(QQuickWindow* window, const QString& name) {
    auto* item = testkit::findItem(window, name);
    return item ? item->property("text").toString() : QString();
}

QRectF sceneRect(const QQuickItem* item) {
    return item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
}

/// Centre of the item in window coordinates, horizontally.
qreal centreX(QQuickWindow* window, const QString& name) {
    auto* item = testkit::findItem(window, name);
    return item ? sceneRect(item).center().x() : -1;
}

bool isTextOrButton(const QQuickItem* item) {
    return item->inherits("QQuickText") || item->inherits("QQuickAbstractButton");
}

/// The visible labels and buttons under `root` (a button's own label is part of the button).
QList<QQuickItem*> textsAndButtons(QQuickItem* root) {
    QList<QQuickItem*> found;
    std::function<void(QQuickItem*)> walk = [&](QQuickItem* item) {
        if (!item->isVisible() || item->opacity() == 0 || item->width() <= 0 || item->height() <= 0)
            return;
        if (isTextOrButton(item) && item != root) {
            if (!item->inherits("QQuickText") || !item->property("text").toString().isEmpty())
                found << item;
            return;
        }
        for (auto* child : item->childItems())
            walk(child);
    };
    walk(root);
    return found;
}

/// "a" and "b" overlap on screen; empty when no two labels or buttons under `root` do.
QString overlaps(QQuickItem* root) {
    const auto items = textsAndButtons(root);
    for (int i = 0; i < items.size(); ++i)
        for (int j = i + 1; j < items.size(); ++j) {
            const QRectF a = sceneRect(items[i]).adjusted(0.5, 0.5, -0.5, -0.5);
            const QRectF b = sceneRect(items[j]).adjusted(0.5, 0.5, -0.5, -0.5);
            if (a.intersects(b))
                return QStringLiteral("\"%1\" overlaps \"%2\"")
                    .arg(items[i]->property("text").toString(),
                         items[j]->property("text").toString());
        }
    return {};
}

/// The header rows that must never have overlapping texts, on whichever screen shows.
QString headerOverlaps(QQuickWindow* window) {
    for (const auto* name : {"syncBar", "settingsHeader", "visit_0"})
        if (auto* item = testkit::findItem(window, QString::fromLatin1(name)))
            if (auto problem = overlaps(item); !problem.isEmpty())
                return QString::fromLatin1(name) + ": " + problem;
    if (auto* back = testkit::findItem(window, QStringLiteral("backButton")))
        if (auto problem = overlaps(back->parentItem()); !problem.isEmpty())
            return QStringLiteral("checklist header: ") + problem;
    return {};
}

/// Opens the settings screen with the visit list's Settings button.
bool openSettings(QQuickWindow* window) {
    return testkit::click(window, QStringLiteral("openSettings")) &&
           QTest::qWaitFor([&] { return testkit::findItem(window, "settingsPage"); }) &&
           testkit::waitUntilSettled(window);
}

bool closeSettings(QQuickWindow* window) {
    auto* stack = testkit::findItem(window, QStringLiteral("stack"));
    QQmlExpression pop(qmlContext(stack), stack, QStringLiteral("pop(null)"));
    pop.evaluate();
    return QTest::qWaitFor([&] { return testkit::findItem(window, "visit_0"); }) &&
           testkit::waitUntilSettled(window);
}

QColor themeColour(AppShell& shell, const char* name) {
    QQmlComponent reader(&shell.engine());
    reader.setData("import QtQml\nimport Custos.Ui\nQtObject { property var theme: Theme }",
                   QUrl());
    std::unique_ptr<QObject> object(reader.create());
    auto* theme = object ? object->property("theme").value<QObject*>() : nullptr;
    return theme ? theme->property(name).value<QColor>() : QColor();
}

} // namespace

class Appearance : public QObject {
    Q_OBJECT

private:
    struct Run {
        std::unique_ptr<AppShell> shell;
        QQuickWindow* window = nullptr;
        QString dataDir;
    };

    /// Starts the app with these options on a fresh data folder, takes it through first run
    /// and enrolment (screenshots of both) to the visit list (screenshot).
    Run startAndEnrol(const QString& tag, const QString& language, const QString& theme) {
        Run run;
        run.dataDir =
            QString::fromStdString(testkit::freshDir(("ui-appearance-" + tag).toStdString()));
        AppOptions options;
        options.dataDir = run.dataDir;
        options.server = QString::fromStdString(server_->address);
        options.caCertFile = QStringLiteral(CUSTOS_TEST_CERTS "/ca.crt");
        options.syncIntervalSeconds = 0;
        options.language = language;
        options.theme = theme;
        run.shell = std::make_unique<AppShell>(options);
        if (!run.shell->load().isEmpty())
            return run;
        run.window = run.shell->window();
        if (!run.window || !QTest::qWaitForWindowExposed(run.window))
            return run;
        auto* window = run.window;
        if (!QTest::qWaitFor([&] { return testkit::findItem(window, "createButton"); })) {
            run.window = nullptr;
            return run;
        }
        testkit::waitUntilSettled(window);
        testkit::screenshot(window, tag + "-1-unlock");
        testkit::typeInto(window, "passphraseField", kPassphrase);
        testkit::typeInto(window, "confirmField", kPassphrase);
        testkit::click(window, "createButton");
        if (!QTest::qWaitFor([&] { return testkit::findItem(window, "enrolButton"); })) {
            run.window = nullptr;
            return run;
        }
        testkit::waitUntilSettled(window);
        testkit::screenshot(window, tag + "-2-enrol");
        const auto code = QString::fromStdString(server_->enrolmentCode("Demo Monitor"));
        testkit::typeInto(window, "codeField", code);
        testkit::click(window, "enrolButton");
        if (!QTest::qWaitFor([&] { return testkit::findItem(window, "visit_0"); }, 30000)) {
            run.window = nullptr;
            return run;
        }
        (void)QTest::qWaitFor([&] { return !textOf(window, "visitProgress_0").isEmpty(); });
        testkit::waitUntilSettled(window);
        testkit::screenshot(window, tag + "-3-visit-list");
        return run;
    }

private slots:
    void initTestCase() {
        server_ =
            std::make_unique<testkit::TestServer>(testkit::TestServer::start("ui-appearance"));
    }

    void french() {
        auto run = startAndEnrol("fr", "fr", "light");
        QVERIFY2(run.window, "the app reached the visit list");
        auto* window = run.window;
        QCOMPARE(run.shell->settings().language(), QStringLiteral("fr"));
        QCOMPARE(testkit::findItem(window, "visitListPage")->property("title").toString(),
                 QStringLiteral("Mes visites"));
        QCOMPARE(textOf(window, "syncButton"), QStringLiteral("Synchroniser"));
        QCOMPARE(textOf(window, "visitProgress_0"), QStringLiteral("0 sur 6 renseignés"));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        QVERIFY2(headerOverlaps(window).isEmpty(), qPrintable(headerOverlaps(window)));

        QVERIFY(openSettings(window));
        QCOMPARE(textOf(window, "settingsTitle"), QStringLiteral("Réglages"));
        QVERIFY(testkit::findItem(window, "language_fr")->property("checked").toBool());
        QVERIFY2(headerOverlaps(window).isEmpty(), qPrintable(headerOverlaps(window)));
        testkit::screenshot(window, "fr-4-settings");

        // Switching language at run time retranslates every screen and is remembered.
        QVERIFY(testkit::click(window, "language_en"));
        QTRY_COMPARE(textOf(window, "settingsTitle"), QStringLiteral("Settings"));
        QCOMPARE(textOf(window, "syncButton"), QStringLiteral("Sync now"));
        QTest::qWait(100); // the choices re-flow around the new texts before the next tap
        QCOMPARE(QSettings(run.dataDir + "/settings.ini", QSettings::IniFormat)
                     .value("ui/language")
                     .toString(),
                 QStringLiteral("en"));
        // English plurals come from custos_en.ts.
        QVERIFY(testkit::click(window, "autoLock_1"));
        QCOMPARE(textOf(window, "autoLock_1"), QStringLiteral("1 minute"));
        QCOMPARE(textOf(window, "autoLock_2"), QStringLiteral("2 minutes"));
        QCOMPARE(run.shell->session().autoLockSeconds(), 60);
        QVERIFY(testkit::click(window, "language_fr"));
        QTRY_COMPARE(textOf(window, "settingsTitle"), QStringLiteral("Réglages"));
    }

    void arabicIsMirrored() {
        auto run = startAndEnrol("ar", "ar", "light");
        QVERIFY2(run.window, "the app reached the visit list");
        auto* window = run.window;
        const qreal middle = window->width() / 2.0;
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        QVERIFY(run.shell->settings().layoutRightToLeft());
        QCOMPARE(testkit::findItem(window, "visitListPage")->property("title").toString(),
                 QStringLiteral("زياراتي"));
        // The sync button sits at the right end of the bar in English; mirrored, at the left.
        QVERIFY2(centreX(window, "syncButton") < middle, "sync button on the left");
        QVERIFY2(headerOverlaps(window).isEmpty(), qPrintable(headerOverlaps(window)));

        QVERIFY(openSettings(window));
        QVERIFY2(centreX(window, "settingsBackButton") > middle, "back button on the right");
        // The title follows the back button leftwards, its text aligned to the right.
        auto* title = testkit::findItem(window, "settingsTitle");
        QVERIFY(sceneRect(title).right() <=
                sceneRect(testkit::findItem(window, "settingsBackButton")).left());
        QCOMPARE(title->property("effectiveHorizontalAlignment").toInt(), int(Qt::AlignRight));
        // Choices read from the right: the first language is the rightmost.
        QVERIFY(centreX(window, "language_en") > centreX(window, "language_fr"));
        QVERIFY2(headerOverlaps(window).isEmpty(), qPrintable(headerOverlaps(window)));
        testkit::screenshot(window, "ar-4-settings");

        // Back to a left-to-right language: the layout follows at once.
        QVERIFY(testkit::click(window, "language_en"));
        QTRY_COMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        QTRY_VERIFY(centreX(window, "settingsBackButton") < middle);
        QVERIFY(testkit::click(window, "language_ar"));
        QTRY_VERIFY(centreX(window, "settingsBackButton") > middle);
        QVERIFY(closeSettings(window));

        // The checklist's back button, too, is on the right.
        QVERIFY(testkit::click(window, "visit_0"));
        QTRY_VERIFY(testkit::findItem(window, "backButton"));
        QVERIFY(testkit::waitUntilSettled(window));
        QVERIFY2(centreX(window, "backButton") > middle, "checklist back button on the right");
        QVERIFY2(headerOverlaps(window).isEmpty(), qPrintable(headerOverlaps(window)));
        testkit::screenshot(window, "ar-5-checklist");
    }

    void themes_data() {
        QTest::addColumn<QString>("theme");
        QTest::newRow("dark") << QStringLiteral("dark");
        QTest::newRow("contrast") << QStringLiteral("contrast");
    }

    void themes() {
        QFETCH(QString, theme);
        auto run = startAndEnrol(theme, "en", theme);
        QVERIFY2(run.window, "the app reached the visit list");
        auto* window = run.window;
        QCOMPARE(run.shell->settings().theme(), theme);
        const QColor background = themeColour(*run.shell, "background");
        QCOMPARE(window->color(), background);
        if (theme == "dark")
            QVERIFY(background.lightnessF() < 0.2);
        else
            QCOMPARE(background, QColor(Qt::white));
        QCOMPARE(textOf(window, "visitProgress_0"), QStringLiteral("0 of 6 answered"));
        QVERIFY2(headerOverlaps(window).isEmpty(), qPrintable(headerOverlaps(window)));

        QVERIFY(openSettings(window));
        QVERIFY(testkit::findItem(window, "theme_" + theme)->property("checked").toBool());
        testkit::screenshot(window, theme + "-4-settings");
        // A run-time switch recolours the window and is remembered.
        QVERIFY(testkit::click(window, "theme_light"));
        QTRY_COMPARE(window->color(), QColor(Qt::white));
        QCOMPARE(QSettings(run.dataDir + "/settings.ini", QSettings::IniFormat)
                     .value("ui/theme")
                     .toString(),
                 QStringLiteral("light"));
    }

    void unknownLanguageFallsBackToEnglish() {
        QCOMPARE(AppSettings::resolveLanguage("fr_CA"), QStringLiteral("fr"));
        QCOMPARE(AppSettings::resolveLanguage("ar-EG"), QStringLiteral("ar"));
        QCOMPARE(AppSettings::resolveLanguage("de"), QStringLiteral("en"));
        QCOMPARE(AppSettings::resolveLanguage("xx"), QStringLiteral("en"));
    }

    void cleanupTestCase() { server_.reset(); }

private:
    std::unique_ptr<testkit::TestServer> server_;
};

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    Appearance test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_appearance.moc"
