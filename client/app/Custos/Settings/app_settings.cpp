#include "app_settings.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QJSEngine>
#include <QLocale>
#include <QSettings>
#include <QVariantMap>

#include <algorithm>

namespace custos::app {
namespace {

AppSettings* g_instance = nullptr;

const QString kLanguageKey = QStringLiteral("ui/language");
const QString kThemeKey = QStringLiteral("ui/theme");
const QString kAutoLockKey = QStringLiteral("security/autoLockMinutes");
const QString kEnglish = QStringLiteral("en");

} // namespace

AppSettings::AppSettings(const QString& settingsFile, QObject* parent) : QObject(parent) {
    if (!settingsFile.isEmpty())
        store_ = std::make_unique<QSettings>(settingsFile, QSettings::IniFormat);
    const auto stored = [this](const QString& key, const QVariant& fallback) {
        return store_ ? store_->value(key, fallback) : fallback;
    };
    language_ = resolveLanguage(stored(kLanguageKey, QString()).toString());
    const QString theme = stored(kThemeKey, QString()).toString();
    theme_ = isTheme(theme) ? theme : QStringLiteral("light");
    bool ok = false;
    const int minutes = stored(kAutoLockKey, kDefaultAutoLockMinutes).toInt(&ok);
    autoLockMinutes_ = ok ? std::clamp(minutes, 0, kMaxAutoLockMinutes) : kDefaultAutoLockMinutes;
}

AppSettings::~AppSettings() {
    if (translatorInstalled_)
        QCoreApplication::removeTranslator(&translator_);
}

AppSettings* AppSettings::create(QQmlEngine*, QJSEngine*) {
    // The composition root owns it; QML must not delete it.
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    return g_instance;
}

void AppSettings::setInstance(AppSettings* settings) {
    g_instance = settings;
}

QStringList AppSettings::supportedLanguages() {
    return {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("ar")};
}

QString AppSettings::resolveLanguage(const QString& requested) {
    const QLocale locale = requested.isEmpty() ? QLocale::system() : QLocale(requested);
    if (locale.language() == QLocale::C)
        return kEnglish;
    // "fr_CA" and "ar-EG" use the French and Arabic translations.
    const QString code = locale.name().section(QLatin1Char('_'), 0, 0);
    return supportedLanguages().contains(code) ? code : kEnglish;
}

bool AppSettings::isTheme(const QString& theme) {
    return theme == QLatin1String("light") || theme == QLatin1String("dark") ||
           theme == QLatin1String("contrast");
}

bool AppSettings::layoutRightToLeft() const {
    return QLocale(language_).textDirection() == Qt::RightToLeft;
}

QVariantList AppSettings::languages() const {
    QVariantList list;
    for (const auto& code : supportedLanguages()) {
        // Each language is named in itself, so that a person who cannot read the current one
        // still finds their own.
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        if (code == kEnglish)
            name = QStringLiteral("English");
        list << QVariantMap{{QStringLiteral("code"), code}, {QStringLiteral("name"), name}};
    }
    return list;
}

QStringList AppSettings::themes() const {
    return {QStringLiteral("light"), QStringLiteral("dark"), QStringLiteral("contrast")};
}

void AppSettings::setLanguage(const QString& language) {
    changeLanguage(language, true);
}

void AppSettings::overrideLanguage(const QString& language) {
    if (!language.isEmpty())
        changeLanguage(language, false);
}

void AppSettings::changeLanguage(const QString& language, bool remember) {
    const QString resolved = resolveLanguage(language.isEmpty() ? kEnglish : language);
    if (remember && store_)
        store_->setValue(kLanguageKey, resolved);
    if (resolved == language_)
        return;
    language_ = resolved;
    if (applied_)
        apply();
    emit languageChanged();
}

void AppSettings::setTheme(const QString& theme) {
    changeTheme(theme, true);
}

void AppSettings::overrideTheme(const QString& theme) {
    if (!theme.isEmpty())
        changeTheme(theme, false);
}

void AppSettings::changeTheme(const QString& theme, bool remember) {
    const QString chosen = isTheme(theme) ? theme : QStringLiteral("light");
    if (remember && store_)
        store_->setValue(kThemeKey, chosen);
    if (chosen == theme_)
        return;
    theme_ = chosen;
    emit themeChanged();
}

void AppSettings::setAutoLockMinutes(int minutes) {
    minutes = std::clamp(minutes, 0, kMaxAutoLockMinutes);
    if (store_)
        store_->setValue(kAutoLockKey, minutes);
    if (minutes == autoLockMinutes_)
        return;
    autoLockMinutes_ = minutes;
    emit autoLockMinutesChanged();
}

void AppSettings::apply() {
    applied_ = true;
    if (translatorInstalled_) {
        QCoreApplication::removeTranslator(&translator_);
        translatorInstalled_ = false;
    }
    // English is the source language; its file only holds the plural forms.
    if (translator_.load(QStringLiteral(":/i18n/custos_%1.qm").arg(language_)))
        translatorInstalled_ = QCoreApplication::installTranslator(&translator_);
    QLocale::setDefault(QLocale(language_));
    QGuiApplication::setLayoutDirection(layoutRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
}

} // namespace custos::app
