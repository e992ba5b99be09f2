// custos_i18n holds only resources: the compiled translations under :/i18n (see CMakeLists.txt).
// AppSettings (Custos.Settings) loads the one for the chosen language.
