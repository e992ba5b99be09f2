#pragma once
// Shared by the fuzz targets: a throwaway data directory under /tmp (removed at exit), and
// silencing custosd's JSON event log (std::cerr) so the fuzzer's own output stays readable.
// libFuzzer and the sanitizers write to fd 2 directly and are not affected.

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <streambuf>
#include <string>
#include <unistd.h>
#include <vector>

namespace custos::fuzz {

/// A fresh directory under $TMPDIR (or /tmp), removed when the process exits normally.
inline std::string scratchDir(const char* name) {
    const char* tmp = std::getenv("TMPDIR");
    std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/custos-fuzz-" + name + "-XXXXXX";
    if (!::mkdtemp(pattern.data()))
        std::abort();
    static std::vector<std::string> dirs;
    if (dirs.empty())
        std::atexit([] {
            for (const auto& d : dirs) {
                std::error_code ignored;
                std::filesystem::remove_all(d, ignored);
            }
        });
    dirs.push_back(pattern);
    return pattern;
}

inline void silenceEventLog() {
    struct NullBuf final : std::streambuf {
        int overflow(int c) override { return traits_type::not_eof(c); }
        std::streamsize xsputn(const char*, std::streamsize n) override { return n; }
    };
    static NullBuf null;
    std::cerr.rdbuf(&null);
}

} // namespace custos::fuzz
