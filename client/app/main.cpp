// custos: the tablet app. Composition only; everything else lives in libraries.
#include "app_shell.h"

#include <QApplication>
#include <QGuiApplication>
#include <QTextStream>

int main(int argc, char* argv[]) {
    // QApplication (not QGuiApplication): Qt Charts in review mode needs the widgets module.
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Custos"));
    QCoreApplication::setApplicationName(QStringLiteral("Custos"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Custos"));

    const auto options = custos::app::parseAppOptions();
    custos::app::AppShell shell(options);
    if (const auto problem = shell.load(); !problem.isEmpty()) {
        QTextStream(stderr) << "custos: " << problem << "\n";
        return 1;
    }
    if (options.selfTest) {
        const auto problems = shell.selfTest();
        for (const auto& problem : problems)
            QTextStream(stderr) << "custos: " << problem << "\n";
        QTextStream(stdout) << "custos: self-test " << (problems.isEmpty() ? "passed" : "FAILED")
                            << "\n";
        return problems.isEmpty() ? 0 : 1;
    }
    return QApplication::exec();
}
