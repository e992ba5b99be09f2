#pragma once
// The tablet's non-sensitive preferences: language, theme and auto-lock delay. They live in a
// plain settings file in the data folder, outside the encrypted database, because the unlock
// screen needs them before anything is decrypted. Nothing recorded on a visit goes here.

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QQmlEngine;
class QJSEngine;
class QSettings;

namespace custos::app {

class AppSettings : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /// Language code of the user interface ("en", "fr", "ar").
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    /// "light", "dark" or "contrast" (bright light).
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY themeChanged)
    /// Idle minutes before the app locks itself (0 = never).
    Q_PROPERTY(int autoLockMinutes READ autoLockMinutes WRITE setAutoLockMinutes NOTIFY
                   autoLockMinutesChanged)
    /// True when the language is written right to left: the whole layout is mirrored.
    Q_PROPERTY(bool layoutRightToLeft READ layoutRightToLeft NOTIFY languageChanged)
    /// The languages the app ships, as [{ code, name }] with each name in its own language.
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)
    /// The theme codes, in the order the settings screen offers them.
    Q_PROPERTY(QStringList themes READ themes CONSTANT)

public:
    static constexpr int kDefaultAutoLockMinutes = 5;
    static constexpr int kMaxAutoLockMinutes = 120;

    /// settingsFile: the INI file to read and write; empty keeps the settings in memory only.
    explicit AppSettings(const QString& settingsFile, QObject* parent = nullptr);
    ~AppSettings() override;

    /// QML singleton factory: hands QML the instance the composition root made.
    static AppSettings* create(QQmlEngine*, QJSEngine*);
    /// Called by the composition root before QML first asks for the singleton.
    static void setInstance(AppSettings* settings);

    /// The supported language for a request such as "fr", "fr_CA" or "ar-EG"; an empty request
    /// means the system locale; anything unsupported means English.
    [[nodiscard]] static QString resolveLanguage(const QString& requested);
    [[nodiscard]] static QStringList supportedLanguages();
    [[nodiscard]] static bool isTheme(const QString& theme);

    [[nodiscard]] QString language() const { return language_; }
    [[nodiscard]] QString theme() const { return theme_; }
    [[nodiscard]] int autoLockMinutes() const { return autoLockMinutes_; }
    [[nodiscard]] bool layoutRightToLeft() const;
    [[nodiscard]] QVariantList languages() const;
    [[nodiscard]] QStringList themes() const;

    /// Chosen on the settings screen: applied at once and remembered.
    void setLanguage(const QString& language);
    void setTheme(const QString& theme);
    void setAutoLockMinutes(int minutes);

    /// Command-line choices: applied for this run only, not remembered. Empty = no override.
    void overrideLanguage(const QString& language);
    void overrideTheme(const QString& theme);

    /// Installs the translator of the current language and sets the layout direction and the
    /// default locale. The constructor does not, so tests can create settings freely.
    void apply();

signals:
    void languageChanged();
    void themeChanged();
    void autoLockMinutesChanged();

private:
    void changeLanguage(const QString& language, bool remember);
    void changeTheme(const QString& theme, bool remember);

    std::unique_ptr<QSettings> store_; ///< null when in memory only
    QString language_;
    QString theme_;
    int autoLockMinutes_ = kDefaultAutoLockMinutes;
    bool applied_ = false;
    QTranslator translator_;
    bool translatorInstalled_ = false;
};

} // namespace custos::app
