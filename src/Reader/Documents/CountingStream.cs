using System;
using System.IO;

namespace ComplianceGen.Reader.Documents;

/// <summary>
/// A read-only stream that counts the bytes read through it, on top of a running total, and
/// throws once the total passes a limit: how a zip entry's real size is measured, whatever its
/// header claims.
/// </summary>
internal sealed class CountingStream : Stream
{
    private readonly Stream _inner;
    private readonly long _limit;
    private readonly Func<Exception> _tooLarge;

    public CountingStream(Stream inner, long total, long limit, Func<Exception> tooLarge)
    {
        _inner = inner;
        Total = total;
        _limit = limit;
        _tooLarge = tooLarge;
    }

    /// <summary>The running total: what was counted before, plus what was read through this stream.</summary>
    public long Total { get; private set; }

    public override int Read(byte[] buffer, int offset, int count)
    {
        int read = _inner.Read(buffer, offset, count);
        Total += read;
        if (Total > _limit) throw _tooLarge();
        return read;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) _inner.Dispose();
        base.Dispose(disposing);
    }
}
