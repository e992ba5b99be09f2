// Qt Quick Test runner for the reusable components of Custos.Ui and the feature modules.
#include <QtQml/qqmlengine.h>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

Q_IMPORT_QML_PLUGIN(Custos_UiPlugin)
Q_IMPORT_QML_PLUGIN(Custos_SessionPlugin)
Q_IMPORT_QML_PLUGIN(Custos_PhotosPlugin)
Q_IMPORT_QML_PLUGIN(Custos_ChecklistPlugin)
Q_IMPORT_QML_PLUGIN(Custos_VisitPlugin)
Q_IMPORT_QML_PLUGIN(Custos_InterviewsPlugin)
Q_IMPORT_QML_PLUGIN(Custos_FindingsPlugin)

class Setup : public QObject {
    Q_OBJECT
public slots:
    void qmlEngineAvailable(QQmlEngine* engine) { engine->addImportPath(QStringLiteral("qrc:/")); }
};

QUICK_TEST_MAIN_WITH_SETUP(custos_components, Setup)

#include "tst_components.moc"
