#include "cli/scan_runner.hpp"

#include <atomic>
#include <condition_variable>
#include <iostream>
#include <iterator>
#include <map>
#include <mutex>
#include <sstream>
#include <thread>

namespace jv {

namespace {

ScanResult error_for(const Input& input, std::string reason) {
    ScanResult r;
    r.path = input.display;
    r.format = "unknown";
    r.verdict.kind = VerdictKind::error;
    r.verdict.reasons.push_back(std::move(reason));
    return r;
}

ScanResult scan_one(const Engine& engine, Engine::Worker& worker, const Input& input) {
    if (input.error) return error_for(input, *input.error);
    if (input.is_stdin) {
        std::ostringstream buffer;
        buffer << std::cin.rdbuf();
        return engine.scan_bytes(worker, "-", buffer.str());
    }
    return engine.scan_file(worker, input.path, input.display);
}

// Holds finished results until every earlier one has been emitted.
class OrderedSink {
public:
    explicit OrderedSink(const std::function<void(const ScanResult&)>& emit) : emit_(emit) {}
    void put(std::size_t index, ScanResult result) {
        std::lock_guard lock(mutex_);
        pending_.emplace(index, std::move(result));
        for (auto it = pending_.find(next_); it != pending_.end(); it = pending_.find(next_)) {
            emit_(it->second);
            pending_.erase(it);
            ++next_;
        }
    }

private:
    const std::function<void(const ScanResult&)>& emit_;
    std::mutex mutex_;
    std::map<std::size_t, ScanResult> pending_;
    std::size_t next_ = 0;
};

}  // namespace

void run_scan(const Engine& engine, const std::vector<Input>& inputs, const RunConfig& config,
              const std::function<void(const ScanResult&)>& emit) {
    OrderedSink sink(emit);
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        auto worker = engine.make_worker();
        for (std::size_t i = next++; i < inputs.size(); i = next++) {
            if (!worker) sink.put(i, error_for(inputs[i], worker.error().message + ", not verified"));
            else sink.put(i, scan_one(engine, *worker, inputs[i]));
        }
    };
    const unsigned threads = std::max(1u, std::min<unsigned>(config.jobs, static_cast<unsigned>(inputs.size())));
    std::vector<std::jthread> pool;
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
    work();
}

}  // namespace jv
