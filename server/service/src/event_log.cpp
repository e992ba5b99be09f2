#include "event_log.h"

#include "custos/core/hlc.h"

#include <nlohmann/json.hpp>

#include <iostream>
#include <mutex>

namespace custos::service {

void logEvent(std::string_view event, std::initializer_list<LogField> fields) {
    nlohmann::json line;
    line["ts_ms"] = systemMillis();
    line["event"] = event;
    for (const auto& [name, value] : fields)
        line[std::string(name)] = value;
    static std::mutex mutex;
    std::lock_guard lock(mutex);
    std::cerr << line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

} // namespace custos::service
