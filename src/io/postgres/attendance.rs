//! Attendance of national size streamed into the `attendance` table with `COPY`.

use std::io::{Read, Write};

use postgres::Client;

use crate::records::Vocabulary;
use crate::stream::{self, AttendanceRow, Format, StreamError};

use super::PgError;
use super::copy::escape_into;

/// Appends one row in COPY's text format.
fn encode(row: &AttendanceRow, out: &mut Vec<u8>) {
    use std::fmt::Write as _;
    let mut text = String::with_capacity(128);
    let _ = write!(
        text,
        "{}\t{}\t{}\t{}\t{}\t",
        row.event,
        row.date,
        row.person,
        row.institution,
        row.region.number()
    );
    out.extend_from_slice(text.as_bytes());
    escape_into(out, row.institution_kind.as_str());
    out.push(b'\n');
}

/// Streams an attendance file (JSON Lines or CSV, as [`stream::aggregate`] reads it) into the
/// table `attendance` with one `COPY`, in one transaction, and returns the number of rows.
///
/// Every row is read and validated by the crate's streaming reader before it is sent; the rows
/// of one 512 KiB block are encoded and sent before the next block is read, so memory stays
/// at a few megabytes whatever the size of the file. The first invalid row aborts the copy and
/// nothing is written. Rows are added to what the table holds (truncate it first to replace).
///
/// # Errors
/// [`PgError::Stream`] at the first line that is not a valid row (its line and column, as the
/// streaming reader reports them) or when reading fails; [`PgError::Db`] when the server
/// refuses the copy; [`PgError::Copy`] when the connection breaks.
///
/// # Example
/// ```no_run
/// use social_services::io::postgres;
/// use social_services::stream::{self, Format};
/// let mut client = postgres::connect("postgresql://postgres@127.0.0.1:5432/test")?;
/// postgres::migrate(&mut client)?;
/// let rows = postgres::copy_attendance(&mut client, stream::EXAMPLE_CSV.as_bytes(), Format::Csv)?;
/// assert_eq!(rows, 2);
/// # Ok::<(), postgres::PgError>(())
/// ```
pub fn copy_attendance(
    client: &mut Client,
    reader: impl Read,
    format: Format,
) -> Result<u64, PgError> {
    let mut tx = client.transaction()?;
    let mut rows = 0u64;
    {
        let mut writer = tx.copy_in(
            "COPY attendance (event, date, person, institution, region, institution_kind) FROM STDIN",
        )?;
        let mut out = Vec::with_capacity(1 << 20);
        let mut broken: Option<std::io::Error> = None;
        let read = stream::for_each_block(reader, format, |block| {
            out.clear();
            for row in block {
                encode(row, &mut out);
            }
            rows += block.len() as u64;
            writer.write_all(&out).map_err(|error| {
                let message = error.to_string();
                broken = Some(error);
                StreamError::Io(std::io::Error::other(message))
            })
        });
        if let Some(error) = broken {
            return Err(PgError::Copy(error));
        }
        read.map_err(|e| PgError::Stream(Box::new(e)))?;
        writer.finish()?;
    }
    tx.commit()?;
    Ok(rows)
}
