#include "extract/isolation.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <new>

#include "core/sha256.hpp"
#include "extract/document_codec.hpp"
#include "extract/sniff.hpp"

extern char** environ;

namespace jv {

namespace {

using Clock = std::chrono::steady_clock;

constexpr const char* kWorkerCommand = "__extract-worker";

std::string frame(std::string_view payload) {
    const std::uint64_t n = payload.size();
    std::string out(reinterpret_cast<const char*>(&n), sizeof n);
    out.append(payload);
    return out;
}

std::string request_payload(const std::string& path, std::string_view bytes) {
    std::string out;
    const std::uint64_t path_len = path.size();
    out.append(reinterpret_cast<const char*>(&path_len), sizeof path_len);
    out.append(path);
    out.append(bytes);
    return out;
}

int remaining_ms(Clock::time_point deadline) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    return left < 0 ? 0 : static_cast<int>(std::min<long long>(left, 1 << 30));
}

enum class IoResult { ok, timeout, closed };

IoResult send_all(int fd, std::string_view data, Clock::time_point deadline) {
    std::size_t sent = 0;
    while (sent < data.size()) {
        pollfd p{fd, POLLOUT, 0};
        const int ready = ::poll(&p, 1, remaining_ms(deadline));
        if (ready == 0) return IoResult::timeout;
        if (ready < 0 && errno == EINTR) continue;
        const ssize_t n = ::send(fd, data.data() + sent, data.size() - sent, MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n < 0 && (errno == EAGAIN || errno == EINTR)) continue;
        if (n <= 0) return IoResult::closed;
        sent += static_cast<std::size_t>(n);
    }
    return IoResult::ok;
}

IoResult recv_exact(int fd, char* out, std::size_t size, Clock::time_point deadline) {
    std::size_t got = 0;
    while (got < size) {
        pollfd p{fd, POLLIN, 0};
        const int ready = ::poll(&p, 1, remaining_ms(deadline));
        if (ready == 0) return IoResult::timeout;
        if (ready < 0 && errno == EINTR) continue;
        const ssize_t n = ::recv(fd, out + got, size - got, MSG_DONTWAIT);
        if (n < 0 && (errno == EAGAIN || errno == EINTR)) continue;
        if (n <= 0) return IoResult::closed;
        got += static_cast<std::size_t>(n);
    }
    return IoResult::ok;
}

// A document the worker could not deliver: identified by the parent, with the reason.
Document failed_document(const std::string& path, std::string_view bytes, std::string problem) {
    Document doc;
    doc.path = path;
    doc.bytes = bytes.size();
    doc.sha256 = sha256_hex(bytes);
    doc.format = sniff_format(bytes);
    doc.problems.push_back(std::move(problem) + ", not verified");
    return doc;
}

bool read_fd(int fd, char* out, std::size_t size) {
    std::size_t got = 0;
    while (got < size) {
        const ssize_t n = ::read(fd, out + got, size - got);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        got += static_cast<std::size_t>(n);
    }
    return true;
}

bool write_fd(int fd, std::string_view data) {
    std::size_t done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.data() + done, data.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        done += static_cast<std::size_t>(n);
    }
    return true;
}

}  // namespace

IsolatedExtractor::IsolatedExtractor(const ExtractConfig& config) : config_(config) {}

IsolatedExtractor::~IsolatedExtractor() { stop(); }

bool IsolatedExtractor::spawn(std::string& why) {
    int fds[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0) {
        why = std::string("cannot start extraction worker: ") + std::strerror(errno);
        return false;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    const std::string binary = config_.worker_binary.string();
    const std::string encoded = encode_config(config_);
    std::string command = kWorkerCommand;
    char* argv[] = {const_cast<char*>(binary.c_str()), command.data(), const_cast<char*>(encoded.c_str()), nullptr};
    pid_t pid = -1;
    const int rc = ::posix_spawn(&pid, binary.c_str(), &actions, nullptr, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(fds[1]);
    if (rc != 0) {
        ::close(fds[0]);
        why = "cannot start extraction worker " + binary + ": " + std::strerror(rc);
        return false;
    }
    pid_ = pid;
    socket_ = fds[0];
    return true;
}

void IsolatedExtractor::stop() {
    if (socket_ >= 0) ::close(socket_);
    socket_ = -1;
    if (pid_ > 0) {
        ::kill(pid_, SIGKILL);
        ::waitpid(pid_, nullptr, 0);
    }
    pid_ = -1;
}

std::string IsolatedExtractor::describe_exit() {
    if (socket_ >= 0) ::close(socket_);
    socket_ = -1;
    int status = 0;
    std::string what = "extraction worker stopped";
    // The worker closed its end; give it a moment to finish dying before asking how.
    for (int i = 0; i < 100 && pid_ > 0; ++i) {
        const pid_t r = ::waitpid(pid_, &status, WNOHANG);
        if (r == pid_) {
            if (WIFSIGNALED(status))
                what = "extractor crashed (signal " + std::to_string(WTERMSIG(status)) + ", " +
                       strsignal(WTERMSIG(status)) + ")";
            else if (WIFEXITED(status))
                what = "extractor exited with code " + std::to_string(WEXITSTATUS(status));
            pid_ = -1;
            break;
        }
        ::usleep(10000);
    }
    stop();
    return what;
}

Document IsolatedExtractor::extract(const std::string& path, std::string_view bytes) {
    std::string why;
    if (pid_ <= 0 && !spawn(why)) return failed_document(path, bytes, why);
    const auto deadline = Clock::now() + config_.timeout;
    const auto timed_out = [&] {
        stop();
        return failed_document(path, bytes,
                               "extraction timed out after " + std::to_string(config_.timeout.count()) + " ms");
    };
    switch (send_all(socket_, frame(request_payload(path, bytes)), deadline)) {
        case IoResult::ok: break;
        case IoResult::timeout: return timed_out();
        case IoResult::closed: return failed_document(path, bytes, describe_exit());
    }
    std::uint64_t size = 0;
    switch (recv_exact(socket_, reinterpret_cast<char*>(&size), sizeof size, deadline)) {
        case IoResult::ok: break;
        case IoResult::timeout: return timed_out();
        case IoResult::closed: return failed_document(path, bytes, describe_exit());
    }
    // Text can grow past the input (decompression), but never past the text limit by much.
    if (size > config_.max_text_bytes * 2 + bytes.size() + (64u << 20)) {
        stop();
        return failed_document(path, bytes, "extraction worker sent an oversized answer");
    }
    std::string answer(size, '\0');
    switch (recv_exact(socket_, answer.data(), size, deadline)) {
        case IoResult::ok: break;
        case IoResult::timeout: return timed_out();
        case IoResult::closed: return failed_document(path, bytes, describe_exit());
    }
    auto doc = decode_document(answer);
    if (!doc) {
        stop();
        return failed_document(path, bytes, "extraction worker sent a malformed answer");
    }
    return std::move(*doc);
}

int run_extract_worker(int argc, char** argv) {
    if (argc < 3) return 2;
    auto config = decode_config(argv[2]);
    if (!config) return 2;
    config->worker_binary.clear();
    // A parser that runs away with memory fails inside this process, not the scanner's.
    // (AddressSanitizer reserves terabytes of address space for its shadow memory, so
    // sanitizer builds run the worker without the limit.)
#if !defined(__SANITIZE_ADDRESS__)
    const rlim_t limit = static_cast<rlim_t>(config->max_worker_memory);
    const rlimit rl{limit, limit};
    ::setrlimit(RLIMIT_AS, &rl);
#endif
    for (;;) {
        std::uint64_t size = 0;
        if (!read_fd(STDIN_FILENO, reinterpret_cast<char*>(&size), sizeof size)) return 0;
        std::string request;
        try {
            request.resize(size);
        } catch (const std::bad_alloc&) {
            return 3;
        }
        if (!read_fd(STDIN_FILENO, request.data(), size)) return 0;
        std::uint64_t path_len = 0;
        if (size < sizeof path_len) return 2;
        std::memcpy(&path_len, request.data(), sizeof path_len);
        if (path_len > size - sizeof path_len) return 2;
        std::string path = request.substr(sizeof path_len, path_len);
        std::string bytes = request.substr(sizeof path_len + path_len);
        request.clear();
        request.shrink_to_fit();
        std::string answer;
        try {
            answer = encode_document(extract_document(path, std::move(bytes), *config));
        } catch (const std::bad_alloc&) {
            Document doc;
            doc.path = path;
            doc.problems.push_back("extraction ran out of memory (limit " + std::to_string(config->max_worker_memory) +
                                   " bytes), not verified");
            answer = encode_document(doc);
        }
        if (!write_fd(STDOUT_FILENO, frame(answer))) return 0;
    }
}

}  // namespace jv
