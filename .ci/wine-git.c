/* git.exe for the Windows smoke suite (.ci/check-windows), under Wine only: scan.exe
   finds it on PATH as it finds Git for Windows, and it runs the machine's own git.
   Wine starts a Linux program from a Windows one, but cannot hand it a Windows pipe
   and does not wait for it: standard input and output go through files, and a status
   file, renamed into place last, tells that git has finished. git runs once per call,
   or once per request line for `git cat-file --batch`, whose answers scan reads one at
   a time. Built with mingw-w64 next to scan.exe; never shipped. */
#include <windows.h>
#include <shellapi.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>

typedef char *(CDECL *unix_name_fn)(LPCWSTR);

/* Linux paths (UTF-8) of the files a run of git goes through. */
enum { P_SCRIPT, P_FOLDER, P_ARGS, P_IN, P_OUT, P_ERR, P_STATUS, P_COUNT };
static char path[P_COUNT][4 * MAX_PATH];

/* The Windows name of a Linux path: Wine shows the root folder as drive Z:. */
static void windows_name(const char *unix_path, WCHAR *out, int size) {
    wcscpy(out, L"Z:");
    MultiByteToWideChar(CP_UTF8, 0, unix_path, -1, out + 2, size - 2);
    for (WCHAR *c = out; *c; c++)
        if (*c == L'/') *c = L'\\';
}

static FILE *open_unix(const char *unix_path, const WCHAR *mode) {
    WCHAR w[4 * MAX_PATH + 2];
    windows_name(unix_path, w, 4 * MAX_PATH + 2);
    return _wfopen(w, mode);
}

static void put(const char *unix_path, const char *bytes, size_t len) {
    FILE *f = open_unix(unix_path, L"wb");
    if (!f) ExitProcess(127);
    fwrite(bytes, 1, len, f);
    fclose(f);
}

static void relay(const char *unix_path, HANDLE to) {
    FILE *f = open_unix(unix_path, L"rb");
    char buf[65536];
    size_t n;
    DWORD done;
    while (f && (n = fread(buf, 1, sizeof buf, f)) > 0) WriteFile(to, buf, (DWORD)n, &done, NULL);
    if (f) fclose(f);
}

/* Runs git once with `input` as its standard input, relays what it wrote, and gives
   its exit status. */
static DWORD run(const char *input, size_t len) {
    put(path[P_IN], input, len);
    char line[8 * MAX_PATH];
    snprintf(line, sizeof line, "/bin/bash \"%s\" \"%s\" \"%s\" \"%s\" \"%s\" \"%s\" \"%s\"",
             path[P_SCRIPT], path[P_FOLDER], path[P_ARGS], path[P_IN], path[P_OUT], path[P_ERR], path[P_STATUS]);
    WCHAR cmd[8 * MAX_PATH];
    MultiByteToWideChar(CP_UTF8, 0, line, -1, cmd, 8 * MAX_PATH);
    STARTUPINFOW si = {0};
    si.cb = sizeof si;
    PROCESS_INFORMATION pi;
    if (!CreateProcessW(NULL, cmd, NULL, NULL, FALSE, 0, NULL, NULL, &si, &pi)) return 126;
    CloseHandle(pi.hThread);
    CloseHandle(pi.hProcess);
    FILE *f;
    for (int waited = 0; !(f = open_unix(path[P_STATUS], L"rb")); waited++) {
        if (waited > 30000) return 125; /* a minute */
        Sleep(2);
    }
    int status = 125;
    if (fscanf(f, "%d", &status) != 1) status = 125;
    fclose(f);
    WCHAR w[4 * MAX_PATH + 2];
    windows_name(path[P_STATUS], w, 4 * MAX_PATH + 2);
    DeleteFileW(w);
    relay(path[P_OUT], GetStdHandle(STD_OUTPUT_HANDLE));
    relay(path[P_ERR], GetStdHandle(STD_ERROR_HANDLE));
    return (DWORD)status;
}

int main(void) {
    unix_name_fn unix_name =
        (unix_name_fn)(void (*)(void))GetProcAddress(GetModuleHandleA("kernel32"), "wine_get_unix_file_name");
    if (!unix_name) return 127; /* not Wine */
    WCHAR tmp[MAX_PATH], w[2 * MAX_PATH];
    GetTempPathW(MAX_PATH, tmp);
    const WCHAR *ext[P_COUNT] = {L"sh", NULL, L"args", L"in", L"out", L"err", L"status"};
    unsigned long pid = GetCurrentProcessId();
    for (int i = 0; i < P_COUNT; i++) {
        if (i == P_FOLDER)
            GetCurrentDirectoryW(2 * MAX_PATH, w);
        else
            swprintf(w, 2 * MAX_PATH, L"%lsgit-%lu.%ls", tmp, pid, ext[i]);
        char *name = unix_name(w);
        if (!name) return 127;
        strncpy(path[i], name, sizeof path[i] - 1);
    }
    const char *body = "cd -- \"$1\" || exit 127\n"
                       "mapfile -d '' args < \"$2\"\n"
                       "git \"${args[@]}\" < \"$3\" > \"$4\" 2> \"$5\"\n"
                       "echo $? > \"$6.new\" && mv \"$6.new\" \"$6\"\n";
    put(path[P_SCRIPT], body, strlen(body));

    /* The arguments as git gets them on Linux: UTF-8, each ended by a NUL. */
    int argc;
    LPWSTR *argv = CommandLineToArgvW(GetCommandLineW(), &argc);
    static char args[1 << 16];
    size_t used = 0;
    int batch = 0;
    for (int i = 1; i < argc; i++) {
        int n = WideCharToMultiByte(CP_UTF8, 0, argv[i], -1, args + used, (int)(sizeof args - used),
                                    NULL, NULL);
        if (n <= 0) return 127;
        used += (size_t)n;
        if (!wcscmp(argv[i], L"--batch")) batch = 1;
    }
    put(path[P_ARGS], args, used);

    HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    static char input[1 << 20];
    size_t len = 0;
    DWORD got, status = 0;
    char c;
    while (len < sizeof input && ReadFile(in, &c, 1, &got, NULL) && got == 1) {
        input[len++] = c;
        if (batch && c == '\n') {
            status = run(input, len);
            len = 0;
        }
    }
    if (!batch || len > 0) status = run(input, len);
    return (int)status;
}
